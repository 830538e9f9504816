package io.junction.it.errors;

import io.junction.declarative.DeclarativeException;
import io.junction.declarative.DeclarativeRegistry;
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
        String ownerLabel;
        int ownerLabelLength;
        Integer ownerLabelNumber;
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
    void aCollectionFieldOverASingleReferenceIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabels", "owner", "label").creator((String s) -> new Owner()));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item.ownerLabels is declared as List, but it shows the single reference Item.owner, "
                        + "so it holds one String (null when owner is null)")
                .hasMessageContaining("declare it as String ownerLabels");
    }

    @Test
    void aScalarProxyFieldOfAnotherTypeOrPrimitiveIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabelNumber", "owner", "label").creator((String s) -> new Owner()));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item.ownerLabelNumber is declared as Integer")
                .hasMessageContaining("declare it as String ownerLabelNumber");
        registry.dispose();
        Registry second = new Registry(metadata);
        second.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        second.map(Item.class, item, associationProxy("ownerLabelLength", "owner", "label").creator((String s) -> new Owner()));
        try {
            assertThatThrownBy(second::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("Item.ownerLabelLength is declared as int")
                    .hasMessageContaining("(a boxed type, since it can be null)");
        } finally {
            second.dispose();
        }
    }

    /** ScalarTest.test_scalar_proxy's "bogus creator": SQLAlchemy fails at the first set; Junction when it configures. */
    @Test
    void aScalarProxyWithoutACreatorNeedsAConstructorTakingTheValue() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabel", "owner", "label"));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item.ownerLabel cannot make a Owner from a String added through it")
                .hasMessageContaining("declare a constructor Owner(String)");
    }

    @Test
    void aScalarProxyWorksWithACreator() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabel", "owner", "label").creator((String label) -> {
            Owner made = new Owner();
            made.label = label;
            return made;
        }));
        registry.configure();
        Item i = new Item();
        assertThat(i.ownerLabel).isNull();
        i.ownerLabel = "made";
        assertThat(i.owner.label).isEqualTo("made");
        assertThat(i.owner.items).as("the backref follows").containsExactly(i);
        i.owner.label = "changed";
        assertThat(i.ownerLabel).as("each read reads the owner").isEqualTo("changed");
    }

    @Test
    void aKeyedCreatorOnAScalarProxyIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"));
        registry.map(Item.class, item, associationProxy("ownerLabel", "owner", "label")
                .creator((String key, String label) -> new Owner()));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Item.ownerLabel shows the single reference Item.owner, so its creator takes the value "
                        + "alone: give creator(value -> ...)");
    }

    /** ScalarTest.test_scalar_opts_exclusive. */
    @Test
    void cascadeScalarDeletesAndCreateOnNoneAssignmentAreExclusive() {
        assertThatThrownBy(() -> associationProxy("a", "b", "c").cascadeScalarDeletes(true).createOnNoneAssignment(true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("association proxy 'a': the cascadeScalarDeletes and createOnNoneAssignment options are mutually "
                        + "exclusive; choose what assigning null does");
    }

    @Test
    void exclusiveOptionsOnAnAnnotatedProxyAreRefused() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.it.errors.scalarproxy.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("targetName")
                .hasMessageContaining("the cascadeScalarDeletes and createOnNoneAssignment options are mutually exclusive");
    }

    @Test
    void scalarOptionsOnACollectionProxyAreRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "items", "name").creator((String s) -> new Item()).cascadeScalarDeletes(true));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.names shows the collection Owner.items, but cascadeScalarDeletes applies only to "
                        + "a proxy over a single reference");
    }

    @Test
    void aProxyOfSomethingThatIsNoRelationshipIsRefused() {
        registry.map(Owner.class, owner, relationship("items", Item.class).backref("owner"),
                associationProxy("names", "label", "name").creator((String s) -> new Item()));
        mapItem();
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Owner.names proxies 'label', which is not a relationship on Owner")
                .hasMessageContaining("name a relationship of Owner (the association objects, or a single reference)");
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
