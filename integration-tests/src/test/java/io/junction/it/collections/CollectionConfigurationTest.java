package io.junction.it.collections;

import io.junction.declarative.DeclarativeException;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.orm.collection.CustomCollection;
import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.loading.WriteOnlyCollection;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.Relationship;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static io.junction.orm.relationship.CollectionClass.keyedBy;
import static io.junction.orm.relationship.CollectionClass.keyedByColumn;
import static io.junction.orm.relationship.CollectionClass.orderingList;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Collection options that cannot work are refused when the mapping is configured, naming the class, the attribute and the fix. */
class CollectionConfigurationTest {

    @Mapped
    static class Drawer {
        Integer id;
        Map<String, Sock> socks = new HashMap<>();
    }

    @Mapped
    static class ListDrawer {
        Integer id;
        List<Sock> socks;
    }

    @Mapped
    static class DynamicDrawer {
        Integer id;
        AppenderQuery<Sock> socks = new AppenderQuery<>();
    }

    @Mapped
    static class WriteOnlyDrawer {
        Integer id;
        WriteOnlyCollection<Sock> socks = new WriteOnlyCollection<>();
    }

    @Mapped
    static class SortedDrawer {
        Integer id;
        SortedSet<Sock> socks;
    }

    /** A collection class Junction cannot create. */
    public abstract static class AbstractSocks extends CustomCollection<Sock> {
    }

    @Mapped
    static class CustomDrawer {
        Integer id;
        AbstractSocks socks;
    }

    @Mapped
    static class Sock {
        Integer id;
        Integer drawerId;
        String colour;
        Drawer drawer;
    }

    private static final class Tables {
        final MetaData metadata = new MetaData();
        final Table drawers = metadata.table("drawers", column("id", INTEGER).primaryKey());
        final Table socks = metadata.table("socks",
                column("id", INTEGER).primaryKey(),
                column("drawer_id", INTEGER).foreignKey("drawers.id"),
                column("colour", string(20)));
        final Table other = metadata.table("other", column("id", INTEGER).primaryKey(), column("colour", string(20)));
    }

    private static void configure(Class<?> owner, Relationship relationship) {
        Tables t = new Tables();
        Registry registry = new Registry(t.metadata);
        try {
            registry.map(owner, t.drawers, relationship);
            registry.map(Sock.class, t.socks);
            registry.configure();
        } finally {
            registry.dispose();
        }
    }

    @Test
    void aMapWithoutAKeyRuleIsRefused() {
        assertThatThrownBy(() -> configure(Drawer.class, relationship("socks", Sock.class)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Drawer.socks is a Map but nothing says how its members are keyed")
                .hasMessageContaining("collection(keyedBy(\"attribute\"))");
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.collections.unkeyed.Base.class).configure())
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Drawer.socks is a Map but nothing says how its members are keyed")
                .hasMessageContaining("@MapKey(\"attribute\")");
    }

    @Test
    void aKeyAttributeTheMemberDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> configure(Drawer.class, relationship("socks", Sock.class).collection(keyedBy("color"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Drawer.socks is keyed by the attribute 'color', but Sock has no attribute of that name")
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.collections.missingkey.Base.class).configure())
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Drawer.socks is keyed by the attribute 'color', but Sock has no attribute of that name");
    }

    @Test
    void aKeyColumnOfAnotherTableIsRefused() {
        Tables t = new Tables();
        assertThatThrownBy(() -> configure(Drawer.class,
                relationship("socks", Sock.class).collection(keyedByColumn(t.other.c("colour")))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Drawer.socks is keyed by the column other.colour, which is not a mapped column of Sock");
    }

    @Test
    void aKeyRuleOnAListFieldIsRefused() {
        assertThatThrownBy(() -> configure(ListDrawer.class, relationship("socks", Sock.class).collection(keyedBy("colour"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("ListDrawer.socks is given collection(keyedBy(\"colour\")), which holds its members in a "
                        + "Map<K, Sock>, but the field is a List; declare it as Map<K, Sock>");
    }

    @Test
    void aDynamicMapIsRefused() {
        assertThatThrownBy(() -> configure(DynamicDrawer.class,
                relationship("socks", Sock.class).lazy(Lazy.DYNAMIC).collection(keyedBy("colour"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("DynamicDrawer.socks is given collection(keyedBy(\"colour\")), but it is DYNAMIC")
                .hasMessageContaining("such a relationship is a list only; drop lazy(Lazy.DYNAMIC) or the collection option");
    }

    @Test
    void aWriteOnlyMapIsRefused() {
        assertThatThrownBy(() -> configure(WriteOnlyDrawer.class,
                relationship("socks", Sock.class).lazy(Lazy.WRITE_ONLY).collection(keyedBy("colour"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("WriteOnlyDrawer.socks is given collection(keyedBy(\"colour\")), but it is WRITE_ONLY")
                .hasMessageContaining("such a relationship is a list only; drop lazy(Lazy.WRITE_ONLY) or the collection option");
    }

    @Test
    void aCollectionOptionOnAManyToOneIsRefused() {
        Tables t = new Tables();
        Registry registry = new Registry(t.metadata);
        try {
            registry.map(Drawer.class, t.drawers, relationship("socks", Sock.class).collection(keyedBy("colour")));
            registry.map(Sock.class, t.socks, relationship("drawer", Drawer.class).collection(keyedBy("id")));
            assertThatThrownBy(registry::configure)
                    .isInstanceOf(MappingException.class)
                    .hasMessageContaining("Sock.drawer is given collection(keyedBy(\"id\")), but it refers to one Drawer "
                            + "(many-to-one), not a collection");
        } finally {
            registry.dispose();
        }
    }

    @Test
    void aSortedSetOfMembersThatAreNotComparableWithoutAComparatorIsRefused() {
        assertThatThrownBy(() -> configure(SortedDrawer.class, relationship("socks", Sock.class)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("SortedDrawer.socks is a SortedSet, but Sock is not Comparable")
                .hasMessageContaining("collection(sortedBy(");
    }

    @Test
    void aPositionThatIsNotAnIntegerColumnAttributeIsRefused() {
        assertThatThrownBy(() -> configure(ListDrawer.class, relationship("socks", Sock.class).collection(orderingList("place"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("ListDrawer.socks keeps each member's position in 'place', but that is not a column "
                        + "attribute of Sock");
        assertThatThrownBy(() -> configure(ListDrawer.class, relationship("socks", Sock.class).collection(orderingList("colour"))))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("ListDrawer.socks keeps each member's position in Sock.colour, whose column is not an "
                        + "integer column");
    }

    @Test
    void aCollectionClassJunctionCannotCreateIsRefused() {
        assertThatThrownBy(() -> configure(CustomDrawer.class, relationship("socks", Sock.class)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("CustomDrawer.socks is declared as AbstractSocks, which is abstract");
    }

    @Test
    void ignoreUnpopulatedOnAnythingButAKeyRuleIsRefused() {
        assertThatThrownBy(() -> orderingList("position").ignoreUnpopulated())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ignoreUnpopulated() applies to keyedBy(...) and keyedByColumn(...) only, not to "
                        + "orderingList(\"position\")");
    }

    @Test
    void aBackrefGivenTwoCollectionOptionsIsRefused() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.collections.twooptions.Base.class).configure())
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Sock.drawer (in io.junction.it.collections.twooptions.Sock) @Backref(name = \"socks\") carries more than one of @MapKey, @OrderColumn "
                        + "and @SortedBy; a Map backref takes mapKey, a List backref orderColumn, a SortedSet backref sortedBy");
    }
}
