package io.junction.it.errors.catalogue;

import io.junction.it.errors.catalogue.Models.Counter;
import io.junction.it.errors.catalogue.Models.Node;
import io.junction.it.errors.catalogue.Models.Owner;
import io.junction.it.errors.catalogue.Models.Pet;
import io.junction.it.errors.catalogue.Models.Toy;
import io.junction.it.errors.catalogue.Models.Unenhanced;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.mapper.ColumnSpec.columnProperty;
import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The classical half of the misconfiguration catalogue: each test makes one mistake a careful user
 * could make with {@code Registry.map(...)} and asserts that it is refused when the mapping is
 * declared or configured, with a message naming the class, the attribute (or table) and the fix.
 */
class MisconfigurationCatalogueTest {
    private final MetaData metadata = new MetaData();
    private final List<Registry> registries = new ArrayList<>();
    private final Registry registry = registry(metadata);

    private final Table owners = metadata.table("owners",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    private final Table pets = metadata.table("pets",
            column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("owners.id"),
            column("vet_id", INTEGER),
            column("name", string(30)));
    private final Table toys = metadata.table("toys",
            column("id", INTEGER).primaryKey(),
            column("pet_id", INTEGER).foreignKey("pets.id"),
            column("name", string(30)));
    private final Table nodes = metadata.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));

    private Registry registry(MetaData over) {
        Registry created = new Registry(over);
        registries.add(created);
        return created;
    }

    @AfterEach
    void forget() {
        registries.forEach(Registry::dispose);
    }

    /** Asserts that {@code mistake} fails with {@code type} and a message containing every fragment. */
    private static void refused(ThrowingCallable mistake, Class<? extends Throwable> type, String... fragments) {
        var thrown = assertThatThrownBy(mistake).isInstanceOf(type);
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }

    private void mapPetsAndOwners() {
        registry.map(Owner.class, owners);
        registry.map(Pet.class, pets);
    }

    // ------------------------------------------------------------------ classes and columns

    @Test
    void aTableWithoutPrimaryKey() {
        Table keyless = metadata.table("keyless", column("id", INTEGER), column("name", string(30)));
        refused(() -> registry.map(Owner.class, keyless), RuntimeException.class,
                "Owner", "'keyless'", "no primary key", "primaryKey()");
    }

    @Test
    void aClassMappedTwiceInOneRegistry() {
        registry.map(Owner.class, owners);
        refused(() -> registry.map(Owner.class, owners), RuntimeException.class,
                "Owner", "already mapped in this registry");
    }

    @Test
    void aTableOfAnotherMetaData() {
        MetaData other = new MetaData();
        Table elsewhere = other.table("owners", column("id", INTEGER).primaryKey());
        refused(() -> registry.map(Owner.class, elsewhere), RuntimeException.class,
                "Owner", "'owners'", "another MetaData");
    }

    @Test
    void aClassTheAgentDoesNotEnhance() {
        Table plain = metadata.table("plain", column("id", INTEGER).primaryKey());
        refused(() -> registry.map(Unenhanced.class, plain), IllegalStateException.class,
                "Unenhanced is not enhanced", "-javaagent:", "JunctionAgent.install()", "@io.junction.orm.mapper.Mapped");
    }

    @Test
    void aClassInAnIgnoredPackageAndTheAdviceThatEnhancesIt() throws Exception {
        Table gizmos = metadata.table("gizmos", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(
                () -> registry.map(org.apache.junctionprobe.Gizmo.class, gizmos));
        assertThat(refusal).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.apache.junctionprobe.Gizmo is not enhanced");
        java.util.regex.Matcher advice = java.util.regex.Pattern.compile("-javaagent:junction-agent\\.jar=([^,)\\s]+)")
                .matcher(refusal.getMessage());
        assertThat(advice.find()).as(refusal.getMessage()).isTrue();
        // the advised agent argument, given to a fresh JVM, enhances the class
        String agentJar = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-javaagent:")).findFirst().orElseThrow()
                .substring("-javaagent:".length()).replaceFirst("=.*", "");
        Process process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agentJar + "=" + advice.group(1), "-cp", System.getProperty("java.class.path"),
                org.apache.junctionprobe.Probe.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("enhanced=true");
    }

    @Test
    void aColumnPropertyOfAnotherTable() {
        refused(() -> registry.map(Owner.class, owners, columnProperty("name", pets.c("name"))), RuntimeException.class,
                "Owner.name", "pets.name", "not a column of table 'owners'", "owners");
    }

    @Test
    void aFieldWhoseTypeDoesNotFitItsColumn() {
        Table wrong = metadata.table("wrong_owners", column("id", INTEGER).primaryKey(), column("name", INTEGER));
        refused(() -> registry.map(Owner.class, wrong), RuntimeException.class,
                "Owner.name is a String but column wrong_owners.name is INTEGER");
    }

    @Test
    void aColumnPropertyNamingNoField() {
        refused(() -> registry.map(Owner.class, owners, columnProperty("nmae", owners.c("name"))), RuntimeException.class,
                "Owner has no field 'nmae'", "owners.name", "leave the column out: it maps to the field 'name'");
    }

    @Test
    void aPrimitiveDatabaseGeneratedKeyIsAcceptedAndZeroMeansUnset() {
        Table counters = metadata.table("counters", column("id", INTEGER).primaryKey(), column("name", string(30)));
        registry.map(Counter.class, counters);
        registry.configure();
        assertThat(registry.mapper(Counter.class).primaryKeyOf(io.junction.orm.attribute.InstanceState.of(counter())))
                .containsExactly((Object) null);
    }

    private static Counter counter() {
        Counter counter = new Counter();
        counter.name = "c";
        return counter;
    }

    // ------------------------------------------------------------------ relationship targets and fields

    @Test
    void aRelationshipToAnUnmappedClass() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class));
        refused(registry::configure, RuntimeException.class,
                "Owner.pets targets class " + Pet.class.getName() + ", which is not mapped", "registry.map(Pet.class");
    }

    @Test
    void aRelationshipWithoutAField() {
        registry.map(Owner.class, owners, relationship("dogs", Pet.class));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner has no field 'dogs'", "declare List<Pet> dogs");
    }

    @Test
    void aCollectionFieldForAManyToOne() {
        registry.map(Owner.class, owners);
        registry.map(Pet.class, pets, relationship("owners", Owner.class));
        refused(registry::configure, RuntimeException.class,
                "Pet.owners refers to one Owner (many-to-one) but its field is a List", "declare it as Owner");
    }

    @Test
    void aScalarFieldForAOneToMany() {
        registry.map(Owner.class, owners, relationship("favourite", Pet.class));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.favourite is a collection (one-to-many) but its field is a Pet", "uselist(false)");
    }

    @Test
    void aCollectionFieldOfAnotherElementClass() {
        registry.map(Owner.class, owners, relationship("toys", Pet.class));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.toys holds Pet objects", "List<Toy>", "declare it as List<Pet>, or point the relationship at Toy.class");
    }

    @Test
    void aConcreteCollectionClassAsFieldType() {
        registry.map(Owner.class, owners, relationship("petList", Pet.class));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.petList is declared as ArrayList", "List<Pet>");
    }

    @Test
    void aDynamicRelationshipForAManyToOne() {
        registry.map(Owner.class, owners);
        registry.map(Pet.class, pets, relationship("owner", Owner.class).lazy(Lazy.DYNAMIC));
        refused(registry::configure, RuntimeException.class, "Pet.owner is DYNAMIC", "drop lazy(Lazy.DYNAMIC)");
    }

    @Test
    void aDynamicRelationshipWhoseFieldIsAList() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).lazy(Lazy.DYNAMIC));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets is DYNAMIC", "AppenderQuery<Pet> pets");
    }

    // ------------------------------------------------------------------ backrefs

    @Test
    void aBackrefClashingWithAColumnAttribute() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).backref("name"));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "the backref 'name' of Owner.pets clashes with Pet.name", "rename the backref", "backPopulates(...)");
    }

    @Test
    void aBackrefClashingWithADeclaredRelationship() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).backref("owner"));
        registry.map(Pet.class, pets, relationship("owner", Owner.class));
        refused(registry::configure, RuntimeException.class,
                "the backref 'owner' of Owner.pets clashes with Pet.owner", "backPopulates(...)");
    }

    @Test
    void twoBackrefsWithTheSameName() {
        registry.map(Owner.class, owners,
                relationship("pets", Pet.class).backref("owner"),
                relationship("petSet", Pet.class).viewonly(true).backref("owner"));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "the backref 'owner' of Owner.", "clashes with Pet.owner",
                "rename the backref");
    }

    @Test
    void backPopulatesNamingNoRelationship() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).backPopulates("ownr"));
        registry.map(Pet.class, pets, relationship("owner", Owner.class).backPopulates("pets"));
        refused(registry::configure, RuntimeException.class,
                "Owner.pets back-populates 'ownr'", "Pet has no such relationship", "declare it there");
    }

    @Test
    void backPopulatesNamingARelationshipToAnotherClass() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).backPopulates("toys"));
        registry.map(Pet.class, pets, relationship("toys", Toy.class));
        registry.map(Toy.class, toys);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets back-populates Pet.toys, which targets Toy instead of Owner");
    }

    // ------------------------------------------------------------------ join conditions

    @Test
    void noForeignKeyBetweenTheTables() {
        registry.map(Owner.class, owners, relationship("toys", Toy.class));
        registry.map(Toy.class, toys);
        refused(registry::configure, RuntimeException.class,
                "Owner.toys", "no foreign key links table 'owners' and table 'toys'", "primaryJoin(...) with foreignKeys(...)");
    }

    @Test
    void severalForeignKeysWithoutForeignKeys() {
        Table transfers = metadata.table("transfers", column("id", INTEGER).primaryKey(),
                column("from_id", INTEGER).foreignKey("owners.id"), column("to_id", INTEGER).foreignKey("owners.id"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class));
        registry.map(Pet.class, transfers);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "several foreign keys between table 'owners' and table 'transfers'", "foreignKeys(...)");
    }

    @Test
    void tablesThatReferenceEachOther() {
        Table a = metadata.table("a_owners", column("id", INTEGER).primaryKey(),
                column("pet_id", INTEGER).foreignKey("a_pets.id"));
        Table b = metadata.table("a_pets", column("id", INTEGER).primaryKey(),
                column("owner_id", INTEGER).foreignKey("a_owners.id"));
        registry.map(Owner.class, a, relationship("pets", Pet.class));
        registry.map(Pet.class, b);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "reference each other", "foreignKeys(...) or primaryJoin(...)");
    }

    @Test
    void foreignKeysNamingAColumnOfAThirdTable() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).foreignKeys(toys.c("pet_id")));
        registry.map(Pet.class, pets);
        registry.map(Toy.class, toys);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "toys.pet_id", "table 'toys'", "neither table 'owners' nor table 'pets'", "pets.owner_id");
    }

    @Test
    void aForeignKeyToATableThatDoesNotExist() {
        Table strays = metadata.table("strays", column("id", INTEGER).primaryKey(),
                column("owner_id", INTEGER).foreignKey("ownr.id"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class));
        registry.map(Pet.class, strays);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "'ownr'", "strays.owner_id");
    }

    @Test
    void aForeignKeyToAColumnThatDoesNotExist() {
        Table strays = metadata.table("strays", column("id", INTEGER).primaryKey(),
                column("owner_id", INTEGER).foreignKey("owners.idd"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class));
        registry.map(Pet.class, strays);
        refused(registry::configure, RuntimeException.class, "'idd'", "owners", "[id, name]");
    }

    @Test
    void aPrimaryJoinComparingNoColumns() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).primaryJoin(pets.c("name").eq("rex")));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "primaryJoin compares no column of table 'owners' with a column of table 'pets'");
    }

    @Test
    void aPrimaryJoinOverAThirdTable() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).primaryJoin(toys.c("pet_id").eq(pets.c("id"))));
        registry.map(Pet.class, pets);
        registry.map(Toy.class, toys);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "primaryJoin", "toys", "'owners'", "'pets'");
    }

    @Test
    void aPrimaryJoinBetweenColumnsWithoutForeignKey() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).primaryJoin(owners.c("id").eq(pets.c("vet_id"))));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "cannot tell which columns", "foreignKeys(...)");
    }

    @Test
    void foreignKeysThatAreInNeitherSideOfThePrimaryJoin() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class)
                .primaryJoin(owners.c("id").eq(pets.c("vet_id"))).foreignKeys(pets.c("name")));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "vet_id", "foreignKeys(...)");
    }

    @Test
    void anAssociationTableWithoutAForeignKeyToTheParent() {
        Table ownerPets = metadata.table("owner_pets", column("owner_id", INTEGER),
                column("pet_id", INTEGER).foreignKey("pets.id"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class).secondary(ownerPets));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "no foreign key links table 'owners' and table 'owner_pets'");
    }

    @Test
    void anAssociationTableWithoutAForeignKeyToTheTarget() {
        Table ownerPets = metadata.table("owner_pets", column("owner_id", INTEGER).foreignKey("owners.id"),
                column("pet_id", INTEGER));
        registry.map(Owner.class, owners, relationship("pets", Pet.class).secondary(ownerPets));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "no foreign key links table 'owner_pets' and table 'pets'");
    }

    @Test
    void aSelfReferentialManyToManyWithoutJoins() {
        Table friendships = metadata.table("friendships", column("a_id", INTEGER).foreignKey("nodes.id"),
                column("b_id", INTEGER).foreignKey("nodes.id"));
        registry.map(Node.class, nodes, relationship("friends", Node.class).secondary(friendships));
        refused(registry::configure, RuntimeException.class,
                "Node.friends", "'friendships' references table 'nodes' twice", "primaryJoin(...) and secondaryJoin(...)");
    }

    @Test
    void aSecondaryJoinOverTheWrongTables() {
        Table ownerPets = metadata.table("owner_pets", column("owner_id", INTEGER).foreignKey("owners.id"),
                column("pet_id", INTEGER).foreignKey("pets.id"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class).secondary(ownerPets)
                .secondaryJoin(toys.c("pet_id").eq(pets.c("id"))));
        registry.map(Pet.class, pets);
        registry.map(Toy.class, toys);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "secondaryJoin compares", "should join table 'owner_pets' to table 'pets'");
    }

    // ------------------------------------------------------------------ self-referential direction

    @Test
    void aSelfReferentialScalarWithoutRemoteSide() {
        registry.map(Node.class, nodes, relationship("parent", Node.class).uselist(false));
        refused(registry::configure, RuntimeException.class,
                "Node.parent", "self-referential", "remoteSide(nodes.id)", "remoteSide(nodes.parent_id)");
    }

    @Test
    void aSelfReferentialBackrefScalarWithoutRemoteSide() {
        registry.map(Node.class, nodes, relationship("parent", Node.class).uselist(false).backref("children"));
        refused(registry::configure, RuntimeException.class, "Node.parent", "remoteSide(nodes.id)");
    }

    @Test
    void aRemoteSideThatIsNeitherSideOfTheForeignKey() {
        registry.map(Node.class, nodes, relationship("parent", Node.class).remoteSide(nodes.c("data")));
        refused(registry::configure, RuntimeException.class, "Node.parent", "remoteSide", "nodes.data", "neither");
    }

    @Test
    void aRemoteSideOnARelationshipBetweenTwoTables() {
        registry.map(Owner.class, owners);
        registry.map(Pet.class, pets, relationship("owner", Owner.class).remoteSide(pets.c("owner_id")));
        refused(registry::configure, RuntimeException.class,
                "Pet.owner", "remoteSide", "self-referential", "drop remoteSide");
    }

    // ------------------------------------------------------------------ cascades and options

    @Test
    void anUnknownCascade() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).cascade("all, delete-orphans"));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "unknown cascade 'delete-orphans'", "the options are all, save-update");
    }

    @Test
    void deleteOrphanOnAManyToOne() {
        registry.map(Owner.class, owners);
        registry.map(Pet.class, pets, relationship("owner", Owner.class).cascade("all, delete-orphan"));
        refused(registry::configure, RuntimeException.class,
                "Pet.owner", "delete-orphan", "many-to-one", "singleParent(true)");
    }

    @Test
    void deleteOrphanOnAManyToMany() {
        Table ownerPets = metadata.table("owner_pets", column("owner_id", INTEGER).foreignKey("owners.id"),
                column("pet_id", INTEGER).foreignKey("pets.id"));
        registry.map(Owner.class, owners, relationship("pets", Pet.class).secondary(ownerPets).cascade("all, delete-orphan"));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class,
                "Owner.pets", "delete-orphan", "many-to-many", "singleParent(true)");
    }

    @Test
    void deleteOrphanOnABackrefManyToOne() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).backref(backref("owner").cascade("delete-orphan")));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Pet.owner", "delete-orphan", "singleParent(true)");
    }

    @Test
    void viewonlyWithAPersistenceCascade() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).viewonly(true).cascade("all, delete-orphan"));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "viewonly", "cascade", "drop");
    }

    @Test
    void orderByAColumnOfAnotherTable() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).orderBy(toys.c("name")));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "orderBy", "toys.name", "pets");
    }

    @Test
    void joinDepthOnARelationshipThatIsNotSelfReferential() {
        registry.map(Owner.class, owners, relationship("pets", Pet.class).lazy(Lazy.JOINED).joinDepth(-1));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.pets", "joinDepth");
    }

    @Test
    void uselistFalseOnADynamicRelationship() {
        registry.map(Owner.class, owners, relationship("petQuery", Pet.class).lazy(Lazy.DYNAMIC).uselist(false));
        registry.map(Pet.class, pets);
        refused(registry::configure, RuntimeException.class, "Owner.petQuery is DYNAMIC", "uselist(false)");
    }

    // ------------------------------------------------------------------ registries

    @Test
    void oneClassInTwoLiveRegistries() {
        mapPetsAndOwners();
        registry.configure();
        MetaData second = new MetaData();
        Table otherOwners = second.table("other_owners", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Registry other = registry(second);
        refused(() -> other.map(Owner.class, otherOwners), RuntimeException.class,
                "Owner", "already mapped", "owners", "dispose()");
    }

    @Test
    void aClassMayBeMappedAgainOnceItsRegistryIsDisposed() {
        mapPetsAndOwners();
        registry.configure();
        registry.dispose();
        MetaData second = new MetaData();
        Table otherOwners = second.table("other_owners", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Registry other = registry(second);
        other.map(Owner.class, otherOwners);
        other.configure();
        assertThat(io.junction.orm.inspect.Junction.inspect(Owner.class).table()).isSameAs(otherOwners);
    }

    @Test
    void anUnmappedClassAskedOfARegistry() {
        mapPetsAndOwners();
        refused(() -> registry.mapper(Toy.class), RuntimeException.class, "Toy", "not mapped in this registry", "[Owner, Pet]");
    }

    @Test
    void aRelationshipWithoutName() {
        refused(() -> relationship(" ", Pet.class), IllegalArgumentException.class, "needs a name");
    }
}
