package io.junction.it.errors.catalogue.declarative;

import io.junction.declarative.Backref;
import io.junction.declarative.Column;
import io.junction.declarative.ColumnType;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The declarative half of the misconfiguration catalogue: each nested case is one base with the
 * model classes of one mistake, and its test asserts that configuring the base (its first use)
 * fails with a message naming the class, the field and the fix.
 */
class DeclarativeMisconfigurationCatalogueTest {
    private final List<Class<? extends DeclarativeBase>> used = new ArrayList<>();
    private final List<Registry> classical = new ArrayList<>();

    @AfterEach
    void forget() {
        classical.forEach(Registry::dispose);
        used.forEach(base -> DeclarativeRegistry.of(base).dispose());
    }

    /** Registers {@code models} with {@code base} and configures it, as the first use of the base does. */
    private Registry configure(Class<? extends DeclarativeBase> base, Class<?>... models) {
        used.add(base);
        return DeclarativeRegistry.of(base).register(models).registry();
    }

    private void refused(Class<? extends DeclarativeBase> base, Class<?>[] models, String... fragments) {
        refused(() -> configure(base, models), fragments);
    }

    private static void refused(ThrowingCallable mistake, String... fragments) {
        var thrown = assertThatThrownBy(mistake).isInstanceOf(RuntimeException.class);
        for (String fragment : fragments) {
            thrown.hasMessageContaining(fragment);
        }
    }

    private static Class<?>[] models(Class<?>... models) {
        return models;
    }

    // ------------------------------------------------------------------ classes, tables and columns

    static class NoTable {
        abstract static class Base extends DeclarativeBase {
        }

        static class Stray extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void aModelClassWithoutTable() {
        used.add(NoTable.Base.class);
        refused(NoTable.Stray::new, "Stray extends Base but has no @Table", "@Table(\"stray\")", "or make it abstract");
    }

    static class NotASubclass {
        abstract static class Base extends DeclarativeBase {
        }

        abstract static class Other extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Other {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void registeringAClassOfAnotherBase() {
        used.add(NotASubclass.Base.class);
        refused(() -> DeclarativeRegistry.of(NotASubclass.Base.class).register(NotASubclass.Owner.class),
                "cannot register", "Owner", "does not extend", "extends Base");
    }

    static class NoPrimaryKey {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column Integer id;
            @Column(length = 30) String name;
        }
    }

    @Test
    void aModelWithoutPrimaryKey() {
        refused(NoPrimaryKey.Base.class, models(NoPrimaryKey.Owner.class), "Owner", "primary key", "primaryKey = true");
    }

    static class SameTable {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("owners")
        static class Keeper extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void twoModelsWithOneTableName() {
        refused(SameTable.Base.class, models(SameTable.Owner.class, SameTable.Keeper.class), "owners", "Keeper", "Owner");
    }

    static class WrongColumnType {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Column(type = ColumnType.INTEGER) String name;
        }
    }

    @Test
    void aColumnTypeThatDoesNotFitTheField() {
        refused(WrongColumnType.Base.class, models(WrongColumnType.Owner.class), "Owner.name", "String", "INTEGER");
    }

    static class UnsupportedType {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Column Object data;
        }
    }

    @Test
    void aColumnFieldOfAnUnsupportedType() {
        refused(UnsupportedType.Base.class, models(UnsupportedType.Owner.class), "Owner.data", "Object", "@Column(converter = ...)");
    }

    // ------------------------------------------------------------------ foreign keys

    static class MissingTable {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("ownr.id") Integer ownerId;
        }
    }

    @Test
    void aForeignKeyToATableThatDoesNotExist() {
        refused(MissingTable.Base.class, models(MissingTable.Owner.class, MissingTable.Pet.class),
                "Pet.ownerId", "'ownr'", "owners");
    }

    static class MissingColumn {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.idd") Integer ownerId;
        }
    }

    @Test
    void aForeignKeyToAColumnThatDoesNotExist() {
        refused(MissingColumn.Base.class, models(MissingColumn.Owner.class, MissingColumn.Pet.class),
                "Pet.ownerId", "owners(idd)", "did you mean id?");
    }

    // ------------------------------------------------------------------ relationship targets and fields

    static class UnknownTarget {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(target = "Pett") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void aRelationshipTargetNamingNoClass() {
        refused(UnknownTarget.Base.class, models(UnknownTarget.Owner.class, UnknownTarget.Pet.class),
                "Owner.pets", "target = \"Pett\"", "did you mean Pet?");
    }

    static class OtherBaseTarget {
        abstract static class Base extends DeclarativeBase {
        }

        abstract static class OtherBase extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends OtherBase {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void aRelationshipToAClassOfAnotherBase() {
        used.add(OtherBaseTarget.OtherBase.class);
        refused(OtherBaseTarget.Base.class, models(OtherBaseTarget.Owner.class), "Owner.pets", "Pet");
    }

    static class ElementMismatch {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(target = "Pet") List<Toy> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }

        @Table("toys")
        static class Toy extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void aCollectionFieldOfAnotherElementClass() {
        refused(ElementMismatch.Base.class, models(ElementMismatch.Owner.class, ElementMismatch.Pet.class,
                ElementMismatch.Toy.class), "Owner.pets holds Pet objects", "List<Toy>", "declare it as List<Pet>");
    }

    static class CollectionForManyToOne {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship List<Owner> owner = new ArrayList<>();
        }
    }

    @Test
    void aCollectionFieldForAManyToOne() {
        refused(CollectionForManyToOne.Base.class, models(CollectionForManyToOne.Owner.class, CollectionForManyToOne.Pet.class),
                "Pet.owner", "many-to-one", "declare it as Owner");
    }

    static class DynamicScalar {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship(lazy = Lazy.DYNAMIC) Owner owner;
        }
    }

    @Test
    void aDynamicManyToOne() {
        refused(DynamicScalar.Base.class, models(DynamicScalar.Owner.class, DynamicScalar.Pet.class),
                "Pet.owner is DYNAMIC", "drop lazy(Lazy.DYNAMIC)");
    }

    static class DynamicList {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(target = "Pet", lazy = Lazy.DYNAMIC) List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void aDynamicRelationshipWhoseFieldIsAList() {
        refused(DynamicList.Base.class, models(DynamicList.Owner.class, DynamicList.Pet.class),
                "Owner.pets is DYNAMIC", "AppenderQuery<Pet> pets");
    }

    // ------------------------------------------------------------------ backrefs

    static class BackrefClash {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship @Backref(name = "name") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Column(length = 30) String name;
        }
    }

    @Test
    void aBackrefClashingWithAColumn() {
        refused(BackrefClash.Base.class, models(BackrefClash.Owner.class, BackrefClash.Pet.class),
                "@Backref(name = \"name\")", "Owner.pets", "Pet.name", "rename the backref");
    }

    static class TwoBackrefs {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship @Backref(name = "owner") List<Pet> pets = new ArrayList<>();
            @Relationship(viewonly = true) @Backref(name = "owner") List<Pet> oldPets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            Owner owner;
        }
    }

    @Test
    void twoBackrefsWithTheSameName() {
        refused(TwoBackrefs.Base.class, models(TwoBackrefs.Owner.class, TwoBackrefs.Pet.class),
                "'owner'", "Pet.owner", "rename");
    }

    static class BackPopulatesNothing {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(backPopulates = "ownr") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship(backPopulates = "pets") Owner owner;
        }
    }

    @Test
    void backPopulatesNamingNoRelationship() {
        refused(BackPopulatesNothing.Base.class, models(BackPopulatesNothing.Owner.class, BackPopulatesNothing.Pet.class),
                "Owner.pets", "'ownr'", "Pet");
    }

    // ------------------------------------------------------------------ join conditions

    static class NoForeignKey {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column Integer ownerId;
        }
    }

    @Test
    void noForeignKeyBetweenTheTables() {
        refused(NoForeignKey.Base.class, models(NoForeignKey.Owner.class, NoForeignKey.Pet.class),
                "Owner.pets", "no foreign key links table 'owners' and table 'pets'", "foreignKeys");
    }

    static class SeveralForeignKeys {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Column @ForeignKey("owners.id") Integer sitterId;
        }
    }

    @Test
    void severalForeignKeysWithoutForeignKeys() {
        refused(SeveralForeignKeys.Base.class, models(SeveralForeignKeys.Owner.class, SeveralForeignKeys.Pet.class),
                "Owner.pets", "several foreign keys", "foreignKeys");
    }

    static class ForeignKeysUnknown {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(foreignKeys = "Pet.ownerr") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void foreignKeysNamingAnUnknownField() {
        refused(ForeignKeysUnknown.Base.class, models(ForeignKeysUnknown.Owner.class, ForeignKeysUnknown.Pet.class),
                "Owner.pets", "ownerr", "ownerId");
    }

    static class ForeignKeysThirdClass {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(foreignKeys = "Toy.petId") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }

        @Table("toys")
        static class Toy extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("pets.id") Integer petId;
        }
    }

    @Test
    void foreignKeysNamingAColumnOfAThirdClass() {
        refused(ForeignKeysThirdClass.Base.class, models(ForeignKeysThirdClass.Owner.class, ForeignKeysThirdClass.Pet.class,
                ForeignKeysThirdClass.Toy.class), "Owner.pets", "toys.pet_id", "table 'toys'", "pets.owner_id");
    }

    static class PrimaryJoinSyntax {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(primaryJoin = "Owner.id == ") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void aPrimaryJoinThatDoesNotParse() {
        refused(PrimaryJoinSyntax.Base.class, models(PrimaryJoinSyntax.Owner.class, PrimaryJoinSyntax.Pet.class),
                "Owner.pets", "primaryJoin", "Owner.id == ");
    }

    static class PrimaryJoinUnknownName {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(primaryJoin = "Owner.id == Pet.ownerr") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void aPrimaryJoinNamingAnUnknownField() {
        refused(PrimaryJoinUnknownName.Base.class, models(PrimaryJoinUnknownName.Owner.class, PrimaryJoinUnknownName.Pet.class),
                "Owner.pets", "ownerr", "ownerId");
    }

    static class PrimaryJoinThirdClass {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(primaryJoin = "Toy.petId == Pet.id") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }

        @Table("toys")
        static class Toy extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("pets.id") Integer petId;
        }
    }

    @Test
    void aPrimaryJoinOverAThirdClass() {
        refused(PrimaryJoinThirdClass.Base.class, models(PrimaryJoinThirdClass.Owner.class, PrimaryJoinThirdClass.Pet.class,
                PrimaryJoinThirdClass.Toy.class), "Owner.pets", "toys.pet_id", "'owners'", "'pets'");
    }

    static class SecondaryUnknown {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(secondary = "owner_petz") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void aSecondaryTableThatDoesNotExist() {
        refused(SecondaryUnknown.Base.class, models(SecondaryUnknown.Owner.class, SecondaryUnknown.Pet.class),
                "Owner.pets", "secondary = \"owner_petz\"", "declare it as a plain Table");
    }

    static class SecondaryWithoutForeignKey {
        abstract static class Base extends DeclarativeBase {
            static final io.junction.sql.schema.Table OWNER_PETS = metadata(Base.class).table("owner_pets",
                    column("owner_id", INTEGER).foreignKey("owners.id"), column("pet_id", INTEGER));
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(secondary = "owner_pets") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void anAssociationTableWithoutAForeignKeyToTheTarget() {
        refused(SecondaryWithoutForeignKey.Base.class, models(SecondaryWithoutForeignKey.Owner.class,
                SecondaryWithoutForeignKey.Pet.class), "Owner.pets", "'owner_pets' has no foreign key to table 'pets'",
                "foreignKey(\"pets.id\")");
    }

    static class OrderByOtherClass {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Column(length = 30) String name;
            @Relationship(orderBy = "Owner.name") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void orderByAFieldOfAnotherClass() {
        refused(OrderByOtherClass.Base.class, models(OrderByOtherClass.Owner.class, OrderByOtherClass.Pet.class),
                "Owner.pets", "owners.name", "pets");
    }

    // ------------------------------------------------------------------ self-referential direction

    static class SelfScalar {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("nodes")
        static class Node extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("nodes.id") Integer parentId;
            @Relationship Node parent;
        }
    }

    @Test
    void aSelfReferentialManyToOneWithoutRemoteSide() {
        refused(SelfScalar.Base.class, models(SelfScalar.Node.class), "Node.parent", "self-referential",
                "remoteSide(nodes.id)");
    }

    static class RemoteSideUnknown {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("nodes")
        static class Node extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("nodes.id") Integer parentId;
            @Relationship(remoteSide = "idd") Node parent;
        }
    }

    @Test
    void aRemoteSideNamingAnUnknownField() {
        refused(RemoteSideUnknown.Base.class, models(RemoteSideUnknown.Node.class), "Node.parent", "idd", "id");
    }

    static class RemoteSideBetweenTables {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship(remoteSide = "ownerId") Owner owner;
        }
    }

    @Test
    void aRemoteSideOnARelationshipBetweenTwoTables() {
        refused(RemoteSideBetweenTables.Base.class, models(RemoteSideBetweenTables.Owner.class, RemoteSideBetweenTables.Pet.class),
                "Pet.owner", "remoteSide", "drop remoteSide");
    }

    // ------------------------------------------------------------------ cascades

    static class BadCascade {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(cascade = "all, delete-orphans") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void anUnknownCascade() {
        refused(BadCascade.Base.class, models(BadCascade.Owner.class, BadCascade.Pet.class),
                "Owner.pets", "unknown cascade 'delete-orphans'", "the options are");
    }

    static class OrphanManyToOne {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship(cascade = "all, delete-orphan") Owner owner;
        }
    }

    @Test
    void deleteOrphanOnAManyToOne() {
        refused(OrphanManyToOne.Base.class, models(OrphanManyToOne.Owner.class, OrphanManyToOne.Pet.class),
                "Pet.owner", "delete-orphan", "singleParent(true)");
    }

    static class OrphanManyToOneSingle {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
            @Relationship(cascade = "all, delete-orphan", singleParent = true) Owner owner;
        }
    }

    @Test
    void deleteOrphanOnAManyToOneWithSingleParentIsAcceptedAndASecondParentRefused() {
        configure(OrphanManyToOneSingle.Base.class, OrphanManyToOneSingle.Owner.class, OrphanManyToOneSingle.Pet.class);
        OrphanManyToOneSingle.Owner owner = new OrphanManyToOneSingle.Owner();
        OrphanManyToOneSingle.Pet first = new OrphanManyToOneSingle.Pet();
        OrphanManyToOneSingle.Pet second = new OrphanManyToOneSingle.Pet();
        first.owner = owner;
        refused(() -> second.owner = owner, "Pet.owner", "singleParent(true)", "take it away from");
        assertThat(second.owner).isNull();
        first.owner = null;
        second.owner = owner;
        assertThat(second.owner).isSameAs(owner);
    }

    static class ViewonlyCascade {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
            @Relationship(viewonly = true, cascade = "all, delete-orphan") List<Pet> pets = new ArrayList<>();
        }

        @Table("pets")
        static class Pet extends Base {
            @Column(primaryKey = true) Integer id;
            @Column @ForeignKey("owners.id") Integer ownerId;
        }
    }

    @Test
    void viewonlyWithAPersistenceCascade() {
        refused(ViewonlyCascade.Base.class, models(ViewonlyCascade.Owner.class, ViewonlyCascade.Pet.class),
                "Owner.pets", "viewonly", "drop the cascade");
    }

    // ------------------------------------------------------------------ both styles

    static class BothStyles {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void aDeclarativeClassAlsoMappedClassically() {
        configure(BothStyles.Base.class, BothStyles.Owner.class);
        MetaData metadata = new MetaData();
        io.junction.sql.schema.Table owners = metadata.table("owners", column("id", INTEGER).primaryKey());
        Registry registry = new Registry(metadata);
        classical.add(registry);
        refused(() -> registry.map(BothStyles.Owner.class, owners), "Owner", "already mapped",
                "declarative base " + BothStyles.Base.class.getName(), "dispose()");
    }

    static class ClassicalFirst {
        abstract static class Base extends DeclarativeBase {
        }

        @Table("owners")
        static class Owner extends Base {
            @Column(primaryKey = true) Integer id;
        }
    }

    @Test
    void aClassicallyMappedClassThatIsAlsoDeclarative() {
        MetaData metadata = new MetaData();
        io.junction.sql.schema.Table owners = metadata.table("classical_owners", column("id", INTEGER).primaryKey());
        Registry registry = new Registry(metadata);
        classical.add(registry);
        registry.map(ClassicalFirst.Owner.class, owners);
        refused(() -> configure(ClassicalFirst.Base.class, ClassicalFirst.Owner.class), "Owner", "already mapped",
                "classical_owners", "dispose()");
    }
}
