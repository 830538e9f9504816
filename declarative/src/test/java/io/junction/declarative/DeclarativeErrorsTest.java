package io.junction.declarative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each mistake is refused with a message that names the class, the field and the fix. */
class DeclarativeErrorsTest {

    @Test
    void aColumnFieldOfATypeWithoutColumnType() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.badtype.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Bad.payload")
                .hasMessageContaining("java.lang.StringBuilder, which has no column type")
                .hasMessageContaining("write a Converter<StringBuilder, String> (or of another column type) and name it in @Column(converter = ...)");
    }

    @Test
    void aVersionFieldWithoutColumn() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.versionnocolumn.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Counted.version")
                .hasMessageContaining("carries @Version but no @Column")
                .hasMessageContaining("annotate it @Column too");
    }

    @Test
    void aVersionFieldThatIsNotAnInteger() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.badversion.Base.class).configure())
                .hasMessageContaining("Counted.version is mapped as the version counter, but column counted.version is VARCHAR(10)")
                .hasMessageContaining("declare the column INTEGER or BIGINT");
    }

    @Test
    void aRelationshipWithoutForeignKeyPath() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.nofk.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Owner.items")
                .hasMessageContaining("no foreign key links table 'owner' and table 'item'")
                .hasMessageContaining("@ForeignKey(\"owner.id\")");
    }

    @Test
    void aBackrefThatClashesWithAColumn() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.clash.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Owner.items")
                .hasMessageContaining("@Backref(name = \"ownerId\") clashes with the column field Item.ownerId")
                .hasMessageContaining("rename the backref");
    }

    @Test
    void aTargetClassThatDoesNotExistNamesTheClosest() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.unknownclass.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Owner.items")
                .hasMessageContaining("target = \"Itme\"")
                .hasMessageContaining("did you mean Item?");
    }

    @Test
    void aColumnInAConditionThatDoesNotExistNamesTheClosest() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.unknowncolumn.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Owner.items")
                .hasMessageContaining("Item has no column field 'ownerid'")
                .hasMessageContaining("did you mean ownerId");
    }

    @Test
    void aSecondaryTableThatDoesNotExistNamesTheClosest() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.unknowntable.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Owner.items")
                .hasMessageContaining("secondary = \"owner_items\" names no table")
                .hasMessageContaining("did you mean owner_item");
    }

    @Test
    void aForeignKeyToATableThatDoesNotExistNamesTheClosest() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.errors.unknownfk.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("Item.ownerId")
                .hasMessageContaining("names table 'ownr'")
                .hasMessageContaining("did you mean owner");
    }

    @Test
    void aClassTheAgentDidNotEnhance() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.declarative.unenhanced.Base.class).configure())
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("io.junction.declarative.unenhanced.Plain extends Base but the Junction agent did not enhance it")
                .hasMessageContaining("-javaagent:");
        assertThatThrownBy(io.junction.declarative.unenhanced.Plain::new)
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("did not enhance");
    }

    @Test
    void registeringAClassOfAnotherBase() {
        assertThatThrownBy(() -> DeclarativeRegistry.of(io.junction.testmodel.onetomany.Base.class)
                .register(io.junction.testmodel.adjacency.Node.class))
                .isInstanceOf(DeclarativeException.class)
                .hasMessageContaining("does not extend io.junction.testmodel.onetomany.Base");
    }
}
