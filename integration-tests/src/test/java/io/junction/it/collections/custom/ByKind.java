package io.junction.it.collections.custom;

import io.junction.orm.collection.CustomCollection;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dict-like collection class (SQLAlchemy's {@code DictLike} of test_dict_duck): its appender
 * keys each fruit by its kind; {@link #set} replaces the fruit of that kind, removing it first.
 */
public class ByKind extends CustomCollection<Fruit> {
    private final Map<String, Fruit> byKind = new LinkedHashMap<>();

    @Override
    protected void store(Fruit fruit) {
        byKind.put(fruit.kind, fruit);
    }

    @Override
    protected boolean discard(Object fruit) {
        for (Iterator<Fruit> held = byKind.values().iterator(); held.hasNext(); ) {
            if (held.next() == fruit) {
                held.remove();
                return true;
            }
        }
        return false;
    }

    @Override
    protected Iterator<Fruit> stored() {
        return byKind.values().iterator();
    }

    @Override
    public int size() {
        return byKind.size();
    }

    /** Puts {@code fruit} under its kind, removing the fruit the kind held; returns that one. */
    public Fruit set(Fruit fruit) {
        Fruit current = byKind.get(fruit.kind);
        if (current != null && current != fruit) {
            remove(current);
        }
        add(fruit);
        return current;
    }

    public Fruit get(String kind) {
        return byKind.get(kind);
    }

    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }
}
