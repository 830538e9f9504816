package io.junction.it.errors;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.junction.orm.relationship.AssociationProxy.associationProxy;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Association proxy mistakes are refused when the registry configures, naming the class, the proxy and the fix. */
class AssociationProxyErrorsTest {
    private final MetaData metadata = new MetaData();
    private final Registry registry = new Registry(metadata);
    private final Table owner = metadata.table("owner", column("id", INTEGER).primaryKey(), column("label", string(20)));
    private final Table item = metadata.table("item", column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("owner.id"), column("name", string(20)));

    @Mapped
    static class Owner {
        Integer id;
        String label;
        List<Item> items = new ArrayList<>();
        List<String> names;
        Set<String> nameSet;
    }

    @Mapped
    static class Item {
        Integer id;
        Integer ownerId;
        String name;
        Owner owner;
        List<String> ownerLabels;
    }

    @AfterEach
    void forget() {
        registry.dispose();
    }

    private void mapItem() {
        registry.map(Item.class, item);
    }

    @Test
    void withoutACreatorTheMemberClassNeedsAConstructorTakingTheValue() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "items", "name"));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.names cannot make a Item from a String added through it")
                .hasMessageContaining(".creator((String value) -> new Item(...))")
                .hasMessageContaining("@AssociationProxy(creator = ...)")
                .hasMessageContaining("declare a constructor Item(String)");
    }

    @Test
    void aCreatorIsEnoughAndTheViewWorks() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "items", "name").creator((String name) -> {
                    Item made = new Item();
                    made.name = name;
                    return made;
                }));
        mapItem();
        registry.configure();
        Owner o = new Owner();
        o.names.add("n1");
        assertThat(o.items).extracting(i -> i.name).containsExactly("n1");
        assertThat(o.items.get(0).owner).isSameAs(o);
    }

    @Test
    void aProxyOverASingleReferenceIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabels", "owner", "label").creator((String s) -> new Owner()));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item.ownerLabels proxies Item.owner, which holds a single Owner")
                .hasMessageContaining("proxy a one-to-many or many-to-many relationship");
    }

    @Test
    void aProxyOfSomethingThatIsNoRelationshipIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "label", "name").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.names proxies 'label', which is not a relationship on Owner")
                .hasMessageContaining("name a collection relationship of Owner");
    }

    @Test
    void anUnknownAttributeOfTheMemberIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "items", "nmae").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.names shows 'nmae' of each Item, but Item has no mapped attribute 'nmae'")
                .hasMessageContaining("name a column of Item");
    }

    @Test
    void aPathPastAColumnIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "items", "name.length").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item maps 'name' to a column, which cannot be followed further");
    }

    @Test
    void aSetFieldOverAListRelationshipIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("nameSet", "items", "name").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.nameSet is declared as Set, but it shows the List Owner.items as a List of values")
                .hasMessageContaining("declare it as List<...> nameSet");
    }

    @Test
    void aProxyWithoutAFieldIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("missing", "items", "name").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.missing has no field; declare List<...> missing (or Set<...>) in Owner");
    }
}
