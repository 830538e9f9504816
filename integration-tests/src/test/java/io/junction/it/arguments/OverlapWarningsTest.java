package io.junction.it.arguments;

import io.junction.declarative.DeclarativeRegistry;
import io.junction.it.arguments.overlaps.Association;
import io.junction.it.arguments.overlaps.Base;
import io.junction.it.arguments.overlaps.Child;
import io.junction.it.arguments.overlaps.Parent;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Relationship;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLAlchemy's warning about relationships that copy values into the same column, for the mapping
 * the seed's association-object section advises against: {@code Parent.children} to the
 * association object (backref {@code parent}), {@code Association.child} (backref
 * {@code parentAssocs}), and a many-to-many {@code Parent.kids} over the same association table
 * (backref {@code parents}). SQLAlchemy 2.1 warns four times for it (each member of one pair that
 * writes a column after the other pair, naming the pair it conflicts with); Junction warns the same
 * four times, a relationship and its other side registering together as SQLAlchemy's do, through SLF4J, captured from slf4j-simple's standard error. {@code viewonly(true)} or
 * {@code overlaps(...)} silences them. Configuration only; no database.
 */
class OverlapWarningsTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void release() {
        System.setErr(originalErr);
    }

    private List<String> warnings() {
        return captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("WARN") && line.contains("will copy column")).toList();
    }

    private static final List<String> EXPECTED = List.of(
            "relationship 'Parent.kids' will copy column left.id to column association.left_id, which conflicts with "
                    + "relationship(s): 'Association.parent' (copies left.id to association.left_id), 'Parent.children' "
                    + "(copies left.id to association.left_id).",
            "relationship 'Child.parents' will copy column left.id to column association.left_id, which conflicts with "
                    + "relationship(s): 'Association.parent' (copies left.id to association.left_id), 'Parent.children' "
                    + "(copies left.id to association.left_id).",
            "relationship 'Association.child' will copy column right.id to column association.right_id, which conflicts "
                    + "with relationship(s): 'Child.parents' (copies right.id to association.right_id), 'Parent.kids' "
                    + "(copies right.id to association.right_id).",
            "relationship 'Child.parentAssocs' will copy column right.id to column association.right_id, which conflicts "
                    + "with relationship(s): 'Child.parents' (copies right.id to association.right_id), 'Parent.kids' "
                    + "(copies right.id to association.right_id).");

    private static Registry classical(UnaryOperator<Relationship> kids, UnaryOperator<Relationship> child) {
        MetaData metadata = new MetaData();
        Table left = metadata.table("left", column("id", INTEGER).primaryKey());
        Table right = metadata.table("right", column("id", INTEGER).primaryKey());
        metadata.table("association",
                column("left_id", INTEGER).primaryKey().foreignKey("left.id"),
                column("right_id", INTEGER).primaryKey().foreignKey("right.id"),
                column("data", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, left,
                relationship("children", Association.class).backref("parent"),
                kids.apply(relationship("kids", Child.class).secondary("association")));
        registry.map(Association.class, metadata.table("association"), child.apply(relationship("child", Child.class)));
        registry.map(Child.class, right);
        return registry;
    }

    private static void assertWarnings(List<String> lines) {
        assertThat(lines).hasSize(4);
        for (int i = 0; i < EXPECTED.size(); i++) {
            String expected = EXPECTED.get(i);
            assertThat(lines).as("a warning: " + expected).anySatisfy(line -> assertThat(line).contains(expected));
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(
                "add overlaps(\"children,parent\") to the 'Parent.kids' relationship", "viewonly(true)", "backPopulates"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(
                "add overlaps(\"kids,parents\") to the 'Association.child' relationship"));
    }

    @Test
    void classicalMappingWarnsFourTimes() {
        Registry registry = classical(kids -> kids.backref("parents"), child -> child.backref("parentAssocs"));
        try {
            registry.configure();
            assertWarnings(warnings());
        } finally {
            registry.dispose();
        }
    }

    @Test
    void declarativeMappingWarnsFourTimes() {
        DeclarativeRegistry declarative = DeclarativeRegistry.of(Base.class);
        try {
            declarative.configure();
            // the declarative base configures its classes in another order, so other members of each
            // conflicting pair warn (as in SQLAlchemy, whose warnings follow its configuration order): still
            // two per column, each naming the other pair
            List<String> lines = warnings();
            assertThat(lines).hasSize(4);
            assertThat(lines).filteredOn(line -> line.contains("to column association.left_id, which conflicts")).hasSize(2)
                    .allSatisfy(line -> assertThat(line).containsAnyOf(
                            "'Association.parent' (copies left.id to association.left_id), 'Parent.children' (copies",
                            "'Child.parents' (copies left.id to association.left_id), 'Parent.kids' (copies"));
            assertThat(lines).filteredOn(line -> line.contains("to column association.right_id, which conflicts")).hasSize(2)
                    .allSatisfy(line -> assertThat(line).containsAnyOf(
                            "'Association.child' (copies right.id to association.right_id), 'Child.parentAssocs' (copies",
                            "'Child.parents' (copies right.id to association.right_id), 'Parent.kids' (copies"));
        } finally {
            declarative.dispose();
        }
    }

    @Test
    void viewonlyManyToManySilencesThem() {
        Registry registry = classical(kids -> kids.viewonly(true).backref("parents"), child -> child.backref("parentAssocs"));
        try {
            registry.configure();
            assertThat(warnings()).isEmpty();
        } finally {
            registry.dispose();
        }
    }

    @Test
    void overlapsSilencesThem() {
        Registry registry = classical(
                kids -> kids.overlaps("children, parent").backref(backref("parents").overlaps("children, parent")),
                child -> child.overlaps("kids, parents").backref(backref("parentAssocs").overlaps("kids,parents")));
        try {
            registry.configure();
            assertThat(warnings()).isEmpty();
        } finally {
            registry.dispose();
        }
    }

    @Test
    void overlapsSilencesOnlyTheRelationshipThatNamesItsOverlaps() {
        Registry registry = classical(kids -> kids.overlaps("children, parent").backref("parents"),
                child -> child.backref("parentAssocs"));
        try {
            registry.configure();
            assertThat(warnings()).hasSize(3).noneSatisfy(line -> assertThat(line).contains("relationship 'Parent.kids'"));
        } finally {
            registry.dispose();
        }
    }

    @Test
    void secondaryByNameResolvesFromTheMetadata() {
        Registry registry = classical(kids -> kids.backref("parents"), child -> child.backref("parentAssocs"));
        try {
            registry.configure();
            assertThat(io.junction.orm.inspect.Junction.inspect(Parent.class).relationship("kids").secondary())
                    .isSameAs(registry.metadata().table("association"));
        } finally {
            registry.dispose();
        }
    }

    @Test
    void secondaryNamingNoTableIsRefused() {
        Registry registry = classical(kids -> relationship("kids", Child.class).secondary("asociation"), child -> child);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(registry::configure)
                    .isInstanceOf(io.junction.orm.mapper.MappingException.class)
                    .hasMessage("Parent.kids names the association table secondary(\"asociation\"), but the registry's "
                            + "metadata has no table of that name; declare it with metadata.table(\"asociation\", ...) "
                            + "before configuring, or correct the name");
        } finally {
            registry.dispose();
        }
    }
}
