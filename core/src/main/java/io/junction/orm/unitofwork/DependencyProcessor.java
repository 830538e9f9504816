package io.junction.orm.unitofwork;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.JoinCondition;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.sql.schema.Column;

import java.util.List;

/**
 * The flush work of one relationship, one subclass per direction: it declares which actions
 * must come before which, registers the objects its rows touch, and copies key values into
 * foreign keys. The unit of work never asks which direction it is.
 */
abstract class DependencyProcessor {
    protected final RelationshipProperty relationship;

    protected DependencyProcessor(RelationshipProperty relationship) {
        this.relationship = relationship;
    }

    static DependencyProcessor of(RelationshipProperty relationship) {
        return switch (relationship.direction()) {
            case ONE_TO_MANY -> new OneToMany(relationship);
            case MANY_TO_ONE -> new ManyToOne(relationship);
            case MANY_TO_MANY -> throw new FlushException(relationship + " is many-to-many, which this version cannot "
                    + "flush yet; make it viewonly(true) or map the association table as a class");
        };
    }

    /** The mapper that holds the relationship. */
    Mapper parent() {
        return relationship.parent();
    }

    /** The mapper the relationship points to. */
    Mapper child() {
        return relationship.target();
    }

    /** Adds this relationship's ordering edges between the flush's actions. */
    abstract void declareEdges(UnitOfWork uow);

    /** Registers the objects that saving {@code states} (of the parent mapper) will touch. */
    abstract void presortSaves(UnitOfWork uow, List<InstanceState> states);

    /** Registers the objects that deleting {@code states} (of the parent mapper) will touch. */
    abstract void presortDeletes(UnitOfWork uow, List<InstanceState> states);

    /** Row work after the parents are saved and before the children are. */
    abstract void processSaves(UnitOfWork uow, List<InstanceState> states);

    /** Row work before the parents are deleted. */
    abstract void processDeletes(UnitOfWork uow, List<InstanceState> states);

    /** Copies the source columns' values of {@code source} into the destination columns of {@code dest}. */
    static void sync(List<JoinCondition.Pair> pairs, boolean remoteIsDestination, InstanceState source, InstanceState dest) {
        Mapper sourceMapper = Mapper.of(source);
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            Column from = remoteIsDestination ? pair.local() : pair.remote();
            Column to = remoteIsDestination ? pair.remote() : pair.local();
            destMapper.columnProperty(to).set(dest, sourceMapper.columnProperty(from).get(source));
        }
    }

    /** Sets the foreign key columns of {@code dest} to NULL. */
    static void clear(List<JoinCondition.Pair> pairs, boolean remoteIsDestination, InstanceState dest) {
        Mapper destMapper = Mapper.of(dest);
        for (JoinCondition.Pair pair : pairs) {
            Column to = remoteIsDestination ? pair.remote() : pair.local();
            if (to.isPrimaryKey()) {
                throw new FlushException("cannot set " + to + " to NULL to detach " + dest + " from " + relationship(dest)
                        + ": it is part of the primary key; delete the object instead (cascade \"all, delete-orphan\")");
            }
            destMapper.columnProperty(to).set(dest, null);
        }
    }

    private static String relationship(InstanceState state) {
        return state.manager().type().getSimpleName();
    }

    /** The state of a related object, which must be in the session (or be saved by cascade). */
    InstanceState related(UnitOfWork uow, Object object) {
        InstanceState state = InstanceState.require(object);
        if (state.status() == InstanceState.Status.TRANSIENT || state.status() == InstanceState.Status.DETACHED) {
            throw new FlushException(relationship + " refers to " + state + ", which is not in the session; add it with "
                    + "session.add(...), or keep save-update in the cascade of " + relationship);
        }
        return state;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + relationship + ")";
    }
}
