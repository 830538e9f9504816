package io.junction.orm.unitofwork;

import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.CollectionAttribute;
import io.junction.orm.attribute.History;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.loading.LoadContext;
import io.junction.orm.loading.RelationshipLoader;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The flush work of one relationship, one subclass per direction (and one for post-update): it
 * registers the objects its rows touch, declares which actions must come before which, and
 * has its {@link Sync} copy key values into foreign keys. The unit of work never asks which direction it is.
 */
abstract class DependencyProcessor {
    protected final RelationshipProperty relationship;
    /** The relationship's foreign-key sync: every key value this processor copies goes through it. */
    protected final Sync sync;

    protected DependencyProcessor(RelationshipProperty relationship) {
        this.relationship = relationship;
        this.sync = new Sync(relationship);
    }

    static DependencyProcessor of(RelationshipProperty relationship) {
        if (relationship.config().postUpdate()) {
            return new PostUpdate(relationship);
        }
        return switch (relationship.direction()) {
            case ONE_TO_MANY -> new OneToMany(relationship);
            case MANY_TO_ONE -> new ManyToOne(relationship);
            case MANY_TO_MANY -> new ManyToMany(relationship);
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

    /** The mappers whose saved and deleted objects {@link #presortSaves} and {@link #presortDeletes} look at. */
    List<Mapper> presortMappers() {
        return List.of(parent());
    }

    /** Registers the objects that saving {@code states} will touch. */
    abstract void presortSaves(UnitOfWork uow, List<InstanceState> states);

    /** Registers the objects that deleting {@code states} will touch. */
    abstract void presortDeletes(UnitOfWork uow, List<InstanceState> states);

    /** Declares, object by object, which actions must run before which. */
    abstract void declareEdges(UnitOfWork uow);

    /** Row work after the parents are saved and before the children are. */
    abstract void processSaves(UnitOfWork uow, List<InstanceState> states);

    /** Row work before the parents are deleted. */
    abstract void processDeletes(UnitOfWork uow, List<InstanceState> states);

    /**
     * The state of an object added to the relationship, which must be of its target class and in the
     * session (or be saved by cascade); {@code null} for a reference set to null. A collection cannot
     * hold null.
     */
    InstanceState related(Object object) {
        if (object == null) {
            if (relationship.uselist()) {
                throw new FlushException("Can't flush None value found in collection " + relationship + ": a member "
                        + "must be a " + child().type().getSimpleName() + ", not null; remove the null from " + relationship);
            }
            return null;
        }
        if (!relationship.accepts(object)) {
            throw new FlushException("cannot flush an object of class " + object.getClass().getSimpleName()
                    + " as a member of " + relationship + ": " + relationship.expectedClass(object));
        }
        InstanceState state = InstanceState.require(object);
        if (state.status() == InstanceState.Status.TRANSIENT || state.status() == InstanceState.Status.DETACHED) {
            throw new FlushException(relationship + " refers to " + state + ", which is not in the session; add it with "
                    + "session.add(...), or keep save-update in the cascade of " + relationship);
        }
        return state;
    }

    /** The current members, loading them if {@code load} and they are not loaded. */
    List<Object> members(InstanceState parent, boolean load) {
        AttributeImpl attribute = relationship.attribute();
        if (load) {
            relationship.loadAllMembers(parent);
            if (attribute instanceof CollectionAttribute collection && collection.isDynamic() && parent.key() != null
                    && parent.session() instanceof LoadContext context) {
                return dynamicMembers(context, parent, collection);
            }
        }
        List<Object> members = new ArrayList<>();
        if (attribute instanceof CollectionAttribute collection) {
            members.addAll(collection.members(parent));
        } else if (parent.isLoaded(attribute.key()) && attribute.get(parent) != null) {
            members.add(attribute.get(parent));
        }
        return members;
    }

    /** A DYNAMIC collection's members: the rows stored for it, less those removed in memory, plus those added. */
    private List<Object> dynamicMembers(LoadContext context, InstanceState parent, CollectionAttribute collection) {
        History history = history(parent);
        List<Object> members = new ArrayList<>();
        List<Object> stored = parent.flushRecord() instanceof Touched touched
                ? touched.storedMembers(collection, () -> RelationshipLoader.storedMembers(context, parent, collection))
                : RelationshipLoader.storedMembers(context, parent, collection);
        for (Object member : stored) {
            if (!containsIdentity(history.deleted(), member) && !containsIdentity(history.added(), member)) {
                members.add(member);
            }
        }
        members.addAll(history.added());
        return members;
    }

    private static boolean containsIdentity(List<Object> items, Object item) {
        for (Object each : items) {
            if (each == item) {
                return true;
            }
        }
        return false;
    }

    /**
     * The members whose rows refer to a deleted parent in the database: its current members that
     * were not added in this flush (loaded first if {@code load}), and those removed from it.
     */
    List<Object> membersInDatabase(InstanceState parent, boolean load) {
        List<Object> members = members(parent, load);
        History history = history(parent);
        for (Object added : history.added()) {
            members.removeIf(member -> member == added);
        }
        for (Object removed : history.deleted()) {
            if (removed != null) {
                members.add(removed);
            }
        }
        return members;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + relationship + ")";
    }

    /**
     * The relationship's history on {@code state}, computed once per flush (kept on the object's
     * flush record, as SQLAlchemy's unit of work caches attribute history) unless the collection
     * loads in between.
     */
    final History history(InstanceState state) {
        return state.flushRecord() instanceof Touched touched
                ? touched.history(relationship.attribute())
                : relationship.attribute().history(state);
    }
}
