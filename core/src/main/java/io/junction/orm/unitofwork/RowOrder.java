package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.identity.EntityKey;
import io.junction.util.Numbers;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which a flush writes the rows of one mapper, as SQLAlchemy does: pending objects
 * in the order they were added to the session, then persistent objects by their identity key, so
 * UPDATEs and DELETEs reach the rows in primary key order (two rows that swap key values are
 * updated without colliding).
 */
final class RowOrder implements Comparator<InstanceState> {
    static final RowOrder INSTANCE = new RowOrder();

    private RowOrder() {
    }

    @Override
    public int compare(InstanceState a, InstanceState b) {
        EntityKey keyA = a.key() instanceof EntityKey key ? key : null;
        EntityKey keyB = b.key() instanceof EntityKey key ? key : null;
        if (keyA == null || keyB == null) {
            if (keyA != null) {
                return 1;
            }
            if (keyB != null) {
                return -1;
            }
            return Long.compare(a.insertOrder(), b.insertOrder());
        }
        return compareKeys(keyA, keyB);
    }

    private static int compareKeys(EntityKey a, EntityKey b) {
        int size = Math.min(a.size(), b.size());
        for (int i = 0; i < size; i++) {
            int result = compareValues(a.value(i), b.value(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** NULL first; values of one type by their natural order, numbers by value; other mixes by their text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable comparable) {
            return comparable.compareTo(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Numbers.compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
