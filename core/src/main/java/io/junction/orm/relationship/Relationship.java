package io.junction.orm.relationship;

import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.mapper.PropertySpec;
import io.junction.sql.schema.Table;

/**
 * The immutable declaration of a relationship, SQLAlchemy's {@code relationship()}:
 * {@code relationship("children", Child.class).backref("parent")}. Each option returns a copy.
 */
public final class Relationship extends RelationshipOptions<Relationship> implements PropertySpec {
    private final String name;
    private final Class<?> target;
    private Backref backref;
    private String backPopulates;
    private Table secondary;
    private String secondaryName;

    private Relationship(String name, Class<?> target) {
        this.name = name;
        this.target = target;
    }

    @Override
    Relationship blank() {
        Relationship copy = new Relationship(name, target);
        copy.backref = backref;
        copy.backPopulates = backPopulates;
        copy.secondary = secondary;
        copy.secondaryName = secondaryName;
        return copy;
    }

    /** A relationship named {@code name} (the field's name) to objects of {@code target}. */
    public static Relationship relationship(String name, Class<?> target) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a relationship needs a name");
        }
        if (target == null) {
            throw new IllegalArgumentException("relationship '" + name + "' needs a target class");
        }
        return new Relationship(name, target);
    }

    /** Also creates the reverse relationship {@code name} on the target class. */
    public Relationship backref(String backrefName) {
        return backref(Backref.backref(backrefName));
    }

    public Relationship backref(Backref reverse) {
        Relationship copy = copy();
        copy.backref = reverse;
        return copy;
    }

    /** Pairs with an explicitly declared relationship {@code name} on the target class. */
    public Relationship backPopulates(String name) {
        Relationship copy = copy();
        copy.backPopulates = name;
        return copy;
    }

    /** The association table of a many-to-many. */
    public Relationship secondary(Table association) {
        Relationship copy = copy();
        copy.secondary = association;
        copy.secondaryName = null;
        return copy;
    }

    /**
     * The association table of a many-to-many by name, found in the registry's metadata when the
     * mapping is configured, so it may be declared after this relationship.
     */
    public Relationship secondary(String tableName) {
        Relationship copy = copy();
        copy.secondary = null;
        copy.secondaryName = tableName;
        return copy;
    }

    @Override
    public String name() {
        return name;
    }

    Class<?> target() {
        return target;
    }

    Backref backref() {
        return backref;
    }

    String backPopulates() {
        return backPopulates;
    }

    Table secondary() {
        return secondary;
    }

    /** The association table's name given by {@link #secondary(String)}, not yet resolved, or {@code null}. */
    String secondaryName() {
        return secondaryName;
    }

    /** This declaration with the association table {@code association} that its {@link #secondaryName()} named. */
    Relationship resolvedSecondary(Table association) {
        Relationship copy = copy();
        copy.secondary = association;
        copy.secondaryName = null;
        return copy;
    }

    @Override
    public MapperProperty create(Mapper mapper) {
        return new RelationshipProperty(this, mapper, null);
    }

    /** The declaration of the reverse side described by {@code reverse}, from {@code owner} back to this relationship's parent. */
    static Relationship reverseOf(Backref reverse, Class<?> owner, Relationship forward) {
        Relationship r = new Relationship(reverse.name(), owner);
        r.copyOptionsFrom(reverse);
        r.secondary = forward.secondary;
        r.inheritFrom(forward);
        return r;
    }
}
