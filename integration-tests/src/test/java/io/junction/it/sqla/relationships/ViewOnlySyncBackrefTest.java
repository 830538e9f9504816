package io.junction.it.sqla.relationships;

import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Backref;
import io.junction.orm.relationship.Relationship;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class ViewOnlySyncBackref (test_case):
 * every combination of viewonly and syncBackref on {@code A.bs} and its backref {@code B.a}, with
 * SQLAlchemy's table of outcomes — which side mirrors its changes on the other in memory, and
 * which combinations are refused. The test passes {@code sync_backref=None} to {@code backref()}
 * explicitly, which stops the backref inheriting {@code A.bs}'s value; Junction's {@link Backref}
 * has no explicit "default", so an unset {@code B.a} inherits as {@code backref()} does without the
 * keyword: those rows take the outcome of the row whose {@code B.a} value is {@code A.bs}'s.
 * In memory only, as the original.
 */
class ViewOnlySyncBackrefTest {
    static final MetaData METADATA = new MetaData();
    static final Table T1 = METADATA.table("t1", column("id", INTEGER).primaryKey(), column("data", string(40)));
    static final Table T2 = METADATA.table("t2", column("id", INTEGER).primaryKey(), column("data", string(40)),
            column("t1id", INTEGER).foreignKey("t1.id"));

    @Mapped
    static class A {
        Integer id;
        String data;
        List<B> bs = new ArrayList<>();
    }

    @Mapped
    static class B {
        Integer id;
        String data;
        A a;
    }

    /** SQLAlchemy's outcome of one combination. */
    record Case(boolean baErr, boolean absErr, String mapErr, boolean baEvt, boolean absEvt) {
    }

    private static final Map<List<Integer>, Case> CASES = new HashMap<>();

    /** {@code -1} stands for None (not given). */
    private static void row(int bAView, int bASync, int aBsView, int aBsSync, Case outcome) {
        CASES.put(List.of(bAView, bASync, aBsView, aBsSync), outcome);
    }

    private static Case ok() {
        return new Case(false, false, null, false, false);
    }

    private static Case evt(boolean ba, boolean abs) {
        return new Case(false, false, null, ba, abs);
    }

    private static Case absErr() {
        return new Case(false, true, null, false, false);
    }

    private static Case baErr() {
        return new Case(true, false, null, false, false);
    }

    private static Case mapErr(String which) {
        return new Case(false, false, which, false, false);
    }

    static {
        // (B_a_view, B_a_sync, A_bs_view, A_bs_sync): outcome, as SQLAlchemy's cases dict
        row(0, 0, 0, 0, ok());
        row(0, 0, 0, 1, evt(false, true));
        row(0, 0, 1, 0, ok());
        row(0, 0, 1, 1, absErr());
        row(0, 1, 0, 0, evt(true, false));
        row(0, 1, 0, 1, evt(true, true));
        row(0, 1, 1, 0, mapErr("BA"));
        row(0, 1, 1, 1, absErr());
        row(1, 0, 0, 0, ok());
        row(1, 0, 0, 1, mapErr("AB"));
        row(1, 0, 1, 0, ok());
        row(1, 0, 1, 1, absErr());
        row(1, 1, 0, 0, baErr());
        row(1, 1, 0, 1, baErr());
        row(1, 1, 1, 0, baErr());
        row(1, 1, 1, 1, absErr());
        row(0, -1, 0, 0, evt(true, false));
        row(0, -1, 0, 1, evt(true, true));
        row(0, -1, 1, 0, ok());
        row(0, -1, 1, 1, absErr());
        row(1, -1, 0, 0, ok());
        row(1, -1, 0, 1, mapErr("AB"));
        row(1, -1, 1, 0, ok());
        row(1, -1, 1, 1, absErr());
        row(0, 0, 0, -1, evt(false, true));
        row(0, 0, 1, -1, ok());
        row(0, 1, 0, -1, evt(true, true));
        row(0, 1, 1, -1, mapErr("BA"));
        row(1, 0, 0, -1, ok());
        row(1, 0, 1, -1, ok());
        row(1, 1, 0, -1, baErr());
        row(1, 1, 1, -1, baErr());
        row(0, -1, 0, -1, evt(true, true));
        row(0, -1, 1, -1, ok());
        row(1, -1, 0, -1, ok());
        row(1, -1, 1, -1, ok());
    }

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (int aBsSync : new int[] {1, 0, -1}) {
            for (int aBsView : new int[] {1, 0}) {
                for (int bASync : new int[] {1, 0, -1}) {
                    for (int bAView : new int[] {1, 0}) {
                        all.add(Arguments.of(bAView, bASync, aBsView, aBsSync));
                    }
                }
            }
        }
        return all.stream();
    }

    /** test_case */
    @ParameterizedTest(name = "B_a_view={0} B_a_sync={1} A_bs_view={2} A_bs_sync={3}")
    @MethodSource("combinations")
    void testCase(int bAView, int bASync, int aBsView, int aBsSync) {
        int inheritedBASync = bASync == -1 ? aBsSync : bASync;
        Case outcome = CASES.get(List.of(bAView, inheritedBASync, aBsView, aBsSync));
        Backref backref = Backref.backref("a").viewonly(bAView == 1);
        if (bASync != -1) {
            backref = backref.syncBackref(bASync == 1);
        }
        Relationship bs = Relationship.relationship("bs", B.class).viewonly(aBsView == 1).backref(backref);
        if (aBsSync != -1) {
            bs = bs.syncBackref(aBsSync == 1);
        }
        Registry registry = new Registry(METADATA);
        try {
            registry.map(A.class, T1, bs);
            registry.map(B.class, T2);
            if (outcome.absErr() || outcome.baErr()) {
                assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                        .hasMessageContaining("On " + (outcome.absErr() ? "A.bs" : "B.a")
                                + ", syncBackref(true) and viewonly(true) cannot both be set");
                return;
            }
            if (outcome.mapErr() != null) {
                String syncing = outcome.mapErr().equals("AB") ? "A.bs" : "B.a";
                String viewonly = outcome.mapErr().equals("AB") ? "B.a" : "A.bs";
                assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                        .hasMessageContaining("Relationship " + syncing + " cannot set syncBackref(true) since its other side "
                                + viewonly + " is viewonly(true)");
                return;
            }
            registry.configure();

            A a1 = new A();
            B b1 = new B();
            b1.a = a1;
            assertThat(a1.bs.contains(b1)).isEqualTo(outcome.baEvt());
            assertThat(Junction.inspect(a1).history("bs").hasChanges()).isEqualTo(outcome.baEvt());
            assertThat(Junction.inspect(b1).history("a").hasChanges()).isEqualTo(bAView == 0);

            A a2 = new A();
            B b2 = new B();
            a2.bs.add(b2);
            assertThat(b2.a == a2).isEqualTo(outcome.absEvt());
            assertThat(Junction.inspect(a2).history("bs").hasChanges()).isEqualTo(aBsView == 0);
            assertThat(Junction.inspect(b2).history("a").hasChanges()).isEqualTo(outcome.absEvt());
        } finally {
            registry.dispose();
        }
    }
}
