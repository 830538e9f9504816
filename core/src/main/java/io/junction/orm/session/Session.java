package io.junction.orm.session;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.IsolationLevel;
import io.junction.engine.Result;
import io.junction.orm.attribute.AttributeImpl;
import io.junction.orm.attribute.InstanceState;
import io.junction.orm.attribute.InstanceState.Status;
import io.junction.orm.attribute.SessionLink;
import io.junction.orm.identity.EntityKey;
import io.junction.orm.identity.IdentityMap;
import io.junction.orm.loading.KeyLoader;
import io.junction.orm.loading.LoadContext;
import io.junction.orm.loading.Query;
import io.junction.orm.loading.TupleQuery;
import io.junction.orm.loading.Refresher;
import io.junction.orm.loading.RelationshipLoader;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.MapperProperty;
import io.junction.orm.relationship.AssociationProxyProperty;
import io.junction.orm.relationship.Cascade;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.unitofwork.FlushContext;
import io.junction.orm.unitofwork.FlushException;
import io.junction.orm.unitofwork.UnitOfWork;
import io.junction.sql.expression.Select;
import io.junction.sql.expression.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit of conversation with the database: the objects it holds (one per row, in its identity
 * map), the changes made to them, and the transaction they are written in. {@link #commit()}
 * flushes every change in dependency order and commits; {@link #rollback()} undoes the
 * transaction. Not thread-safe: one session per thread of work.
 */
public class Session implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final int FLUSHES_PER_COMMIT = 100;
    private final Engine engine;
    private final IdentityMap identityMap = new IdentityMap();
    /** In the order objects were added (an {@link InstanceState} is equal only to itself), so a flush need not sort them. */
    private final Set<InstanceState> pending = new LinkedHashSet<>();
    private final Set<InstanceState> dirty = identitySet();
    private final Set<InstanceState> deleted = identitySet();
    private final SessionTransaction transaction;
    private final Link link = new Link();
    private long order;
    private boolean flushing;
    private boolean autoflushSuspended;
    private boolean autoflush = true;
    private boolean expireOnCommit = true;
    private boolean closed;
    private SessionEvents factoryEvents;
    private SessionEvents events;
    /** True once a lifecycle listener is heard: while false, each object's move between states costs this check. */
    private boolean lifecycle;
    private final SessionTransaction.Undo undo = new SessionTransaction.Undo() {
        @Override
        public void detach(InstanceState state) {
            Session.this.detach(state);
        }

        @Override
        public void detachInserted(InstanceState state) {
            Session.this.detach(state, false);
        }

        @Override
        public void madeTransient(InstanceState state) {
            if (lifecycle) {
                transition(SessionEvents.Transition.PERSISTENT_TO_TRANSIENT, state);
            }
        }

        @Override
        public void undeleted(InstanceState state) {
            if (lifecycle) {
                transition(SessionEvents.Transition.DELETED_TO_PERSISTENT, state);
            }
        }
    };

    public Session(Engine engine) {
        this.engine = engine;
        this.transaction = new SessionTransaction(engine, new SessionTransaction.Restorer() {
            @Override
            public void transactionStart() {
                restoreTransactionStart();
            }

            @Override
            public void savepoint(SessionTransaction.Frame frame) {
                restoreSavepoint(frame);
            }
        });
    }

    public Engine engine() {
        return engine;
    }

    /** The session that holds {@code object}, or {@code null}: SQLAlchemy's {@code object_session}. */
    public static Session objectSession(Object object) {
        InstanceState state = InstanceState.of(object);
        return state != null && state.session() instanceof Link link ? link.session() : null;
    }

    /**
     * This session's own listeners (flush, commit and rollback, and the objects' lifecycle); those of
     * the {@link SessionFactory} that opened it are heard first.
     */
    public SessionEvents events() {
        if (events == null) {
            events = new SessionEvents(() -> lifecycle = true);
        }
        return events;
    }

    /** The listeners of the factory that opened this session. */
    Session factoryEvents(SessionEvents listeners) {
        this.factoryEvents = listeners;
        lifecycle |= listeners.hasLifecycle();
        return this;
    }

    /** Tells the lifecycle listeners that {@code state}'s object made {@code transition}; called only when {@link #lifecycle}. */
    private void transition(SessionEvents.Transition transition, InstanceState state) {
        if (factoryEvents != null) {
            factoryEvents.fire(transition, this, state.object());
        }
        if (events != null) {
            events.fire(transition, this, state.object());
        }
    }

    private boolean hasListeners(SessionEvents.Kind kind) {
        return factoryEvents != null && factoryEvents.has(kind) || events != null && events.has(kind);
    }

    private void fire(SessionEvents.Kind kind) {
        if (factoryEvents != null) {
            factoryEvents.fire(kind, this);
        }
        if (events != null) {
            events.fire(kind, this);
        }
    }

    /** Whether queries and lazy loads flush pending changes first (default true). */
    public Session autoflush(boolean on) {
        this.autoflush = on;
        return this;
    }

    /** Whether commit expires every object so its next read reloads it (default true). */
    public Session expireOnCommit(boolean on) {
        this.expireOnCommit = on;
        return this;
    }

    // ---- adding and removing objects -----------------------------------------------------

    /** Adds an object, and the objects its save-update cascades reach; it is inserted at the next flush. */
    public void add(Object object) {
        open();
        InstanceState state = InstanceState.require(object);
        addState(state);
    }

    public void addAll(Collection<?> objects) {
        for (Object object : objects) {
            add(object);
        }
    }

    private void addState(InstanceState state) {
        if (state.session() != null && state.session() != link) {
            throw new IllegalStateException(state + " is already attached to another session; close or expunge it "
                    + "there first, or use merge(...)");
        }
        switch (state.status()) {
            case TRANSIENT -> {
                state.status(Status.PENDING);
                state.attach(link);
                pending.add(state);
                state.insertOrder(order++);
                state.manager().pendingInSession(state);
                if (lifecycle) {
                    transition(SessionEvents.Transition.TRANSIENT_TO_PENDING, state);
                }
            }
            case DETACHED -> {
                state.attach(link);
                state.status(Status.PERSISTENT);
                identityMap.add(state);
                if (state.insertOrder() == InstanceState.NO_ORDER) {
                    state.insertOrder(order++);
                }
                if (state.isModified()) {
                    dirty.add(state);
                }
                if (lifecycle) {
                    transition(SessionEvents.Transition.DETACHED_TO_PERSISTENT, state);
                }
            }
            case DELETED -> {
                if (deleted.remove(state)) {
                    state.status(Status.PERSISTENT);
                }
                return;
            }
            default -> {
                return;
            }
        }
        Cascades.related(state, Cascade.Option.SAVE_UPDATE, false, related -> {
            InstanceState relatedState = InstanceState.require(related);
            if (relatedState.session() != link || relatedState.status() == Status.DETACHED) {
                addState(relatedState);
            }
        });
    }

    /**
     * Copies the state of {@code object} (typically detached, or from another session) onto the
     * object this session holds for the same row, loading it if needed, or onto a new pending
     * object when there is no such row; follows relationships that cascade merge. Returns the
     * session's object; {@code object} itself is left as it was.
     */
    public <T> T merge(T object) {
        open();
        boolean wasSuspended = autoflushSuspended;
        autoflushSuspended = true;
        try {
            @SuppressWarnings("unchecked")
            T merged = (T) merge(object, new IdentityHashMap<>());
            return merged;
        } finally {
            autoflushSuspended = wasSuspended;
        }
    }

    private Object merge(Object object, Map<Object, Object> done) {
        Object already = done.get(object);
        if (already != null) {
            return already;
        }
        InstanceState source = InstanceState.require(object);
        if (source.session() == link) {
            done.put(object, object);
            return object;
        }
        Mapper mapper = Mapper.of(source);
        Object[] key = mapper.primaryKeyOf(source);
        boolean complete = java.util.Arrays.stream(key).noneMatch(java.util.Objects::isNull);
        Object target = complete ? get(mapper.type(), key) : null;
        if (target == null) {
            target = mapper.newInstance();
            InstanceState fresh = InstanceState.require(target);
            addState(fresh);
        }
        done.put(object, target);
        InstanceState targetState = InstanceState.require(target);
        for (MapperProperty property : mapper.properties()) {
            AttributeImpl attribute = property.attribute();
            if (property instanceof AssociationProxyProperty || !source.isLoaded(attribute.key())) {
                continue; // a proxy shows a relationship, which merges on its own
            }
            if (property instanceof RelationshipProperty relationship) {
                if (!relationship.cascade().has(Cascade.Option.MERGE)) {
                    continue;
                }
                Object value = attribute.get(source);
                if (relationship.uselist()) {
                    List<Object> members = new ArrayList<>();
                    if (value != null) {
                        for (Object member : value instanceof java.util.Map<?, ?> map ? map.values() : (Collection<?>) value) {
                            members.add(merge(member, done));
                        }
                    }
                    attribute.set(targetState, members);
                } else {
                    attribute.set(targetState, value == null ? null : merge(value, done));
                }
            } else {
                attribute.set(targetState, attribute.get(source));
            }
        }
        return target;
    }

    /** Marks a persistent object for deletion at the next flush, with the objects its delete cascades reach. */
    public void delete(Object object) {
        open();
        InstanceState state = InstanceState.require(object);
        switch (state.status()) {
            case PENDING -> expunge(object);
            case PERSISTENT -> {
                if (state.session() != link) {
                    throw new IllegalStateException(state + " belongs to another session");
                }
                if (deleted.add(state)) {
                    state.status(Status.DELETED);
                    dirty.remove(state);
                    boolean wasSuspended = autoflushSuspended;
                    autoflushSuspended = true;
                    try {
                        Cascades.related(state, Cascade.Option.DELETE, true, this::delete);
                    } finally {
                        autoflushSuspended = wasSuspended;
                    }
                }
            }
            case DELETED -> {
            }
            default -> throw new IllegalStateException(state + " is not persisted in this session, so it cannot be "
                    + "deleted; add it first, or load it with get(...)");
        }
    }

    /** Removes an object from the session without touching the database; cascades along expunge relationships. */
    public void expunge(Object object) {
        InstanceState state = InstanceState.require(object);
        if (state.session() != link) {
            return;
        }
        detach(state);
        Cascades.related(state, Cascade.Option.EXPUNGE, false, this::expunge);
    }

    private void detach(InstanceState state) {
        detach(state, lifecycle);
    }

    private void detach(InstanceState state, boolean tell) {
        boolean flushedDelete = state.status() == Status.DELETED && !deleted.contains(state);
        pending.remove(state);
        dirty.remove(state);
        deleted.remove(state);
        identityMap.remove(state);
        state.attach(null);
        state.status(state.key() == null ? Status.TRANSIENT : Status.DETACHED);
        if (state.key() == null) {
            state.manager().leftSessionPending(state);
        }
        if (tell) {
            transition(state.key() == null ? SessionEvents.Transition.PENDING_TO_TRANSIENT : flushedDelete
                    ? SessionEvents.Transition.DELETED_TO_DETACHED : SessionEvents.Transition.PERSISTENT_TO_DETACHED, state);
        }
    }

    /** Removes every object from the session without touching the database, as if each were expunged. */
    public void expungeAll() {
        for (InstanceState state : new ArrayList<>(pending)) {
            detach(state);
        }
        for (InstanceState state : identityMap.states()) {
            detach(state);
        }
        for (InstanceState state : new ArrayList<>(deleted)) {
            detach(state);
        }
    }

    /** Pending, or in the identity map (also when marked for deletion): what a save-update cascade leaves alone. */
    private boolean containsState(InstanceState state) {
        return state.session() == link && (state.status() == Status.PENDING || state.status() == Status.PERSISTENT
                || state.status() == Status.DELETED);
    }

    /**
     * True if the object is held by this session: pending, or persistent (also when marked for
     * deletion); an object whose DELETE has been flushed is no longer held.
     */
    public boolean contains(Object object) {
        InstanceState state = InstanceState.of(object);
        return state != null && state.session() == link && (state.status() != Status.DELETED || deleted.contains(state));
    }

    // ---- loading -----------------------------------------------------------------------------

    /**
     * The object of {@code type} with this one-column primary key: from the identity map without
     * SQL, else loaded; {@code null} if none.
     */
    public <T> T get(Class<T> type, Object primaryKey) {
        open();
        return type.cast(KeyLoader.get(link, Mapper.forClass(type), primaryKey));
    }

    /** The object of {@code type} with this primary key: from the identity map without SQL, else loaded; {@code null} if none. */
    public <T> T get(Class<T> type, Object... primaryKey) {
        open();
        return type.cast(KeyLoader.get(link, Mapper.forClass(type), primaryKey));
    }

    /** A query for objects of {@code type}. */
    public <T> Query<T> query(Class<T> type) {
        open();
        return new Query<>(link, this::autoflush, Mapper.forClass(type), type);
    }

    /** A query for pairs of objects, SQLAlchemy's {@code session.query(User, Address)}: join the second in. */
    public <A, B> TupleQuery<A, B> query(Class<A> first, Class<B> second) {
        return query(first).add(second);
    }

    /** As {@link #query(Class, Class)}, with the second entity an alias: {@code query(Node.class, aliased(Node.class))}. */
    public <A, B> TupleQuery<A, B> query(Class<A> first, io.junction.orm.loading.Aliased<B> second) {
        return query(first).add(second);
    }

    /** A query for objects of an aliased class, read through its alias: {@code query(aliased(Node.class, "n"))}. */
    public <T> Query<T> query(io.junction.orm.loading.Aliased<T> aliased) {
        open();
        return Query.of(link, this::autoflush, aliased);
    }

    /**
     * Runs a Core statement — a SELECT of columns and aggregates ({@code select(count(), ...)} with
     * {@code groupBy}/{@code having}), or an INSERT, UPDATE or DELETE — in the session's
     * transaction, after flushing pending changes so that it sees them (SQLAlchemy's
     * {@code session.execute}). The objects of the session are not refreshed by what it writes.
     */
    public Result execute(Statement statement) {
        open();
        autoflush();
        return connection().execute(statement);
    }

    /** The first column of the first row of {@code select}, or {@code null} without rows; flushes first. */
    public Object scalar(Select select) {
        return execute(select).scalar();
    }

    /** Reloads the object's columns now, discarding its changes; its relationships reload on next access. */
    public void refresh(Object object) {
        InstanceState state = persistentState(object, "refresh");
        List<Object> related = new ArrayList<>();
        Cascades.related(state, Cascade.Option.REFRESH_EXPIRE, false, related::add);
        expireState(state);
        Refresher.refresh(link, state);
        for (Object other : related) {
            InstanceState otherState = InstanceState.of(other);
            if (otherState != null && otherState.isPersistent() && otherState.session() == link) {
                refresh(other);
            }
        }
    }

    /** Forgets the object's loaded values and changes; its next read reloads them. */
    public void expire(Object object) {
        InstanceState state = persistentState(object, "expire");
        List<Object> related = new ArrayList<>();
        Cascades.related(state, Cascade.Option.REFRESH_EXPIRE, false, related::add);
        expireState(state);
        for (Object other : related) {
            InstanceState otherState = InstanceState.of(other);
            if (otherState != null && otherState.isPersistent() && otherState.session() == link) {
                expireState(otherState);
            }
        }
    }

    /**
     * Forgets the named attributes' loaded values and changes ({@code expire(obj, "name", "children")}):
     * their next read reloads them; the object's other attributes and changes stay. No cascade.
     */
    public void expire(Object object, String... attributes) {
        if (attributes.length == 0) {
            expire(object);
            return;
        }
        InstanceState state = persistentState(object, "expire");
        for (String name : attributes) {
            AttributeImpl attribute = state.manager().attribute(name);
            if (attribute == null) {
                throw new IllegalArgumentException(state.manager().type().getSimpleName() + " has no mapped attribute '"
                        + name + "' to expire");
            }
            state.expireAttribute(name);
        }
        if (!state.isModified()) {
            dirty.remove(state);
        }
    }

    /** Expires every persistent object of the session. */
    public void expireAll() {
        for (InstanceState state : identityMap.states()) {
            expireState(state);
        }
    }

    private void expireState(InstanceState state) {
        state.commitAll();
        dirty.remove(state);
        for (AttributeImpl attribute : state.manager().attributes()) {
            state.markUnloaded(attribute);
        }
    }

    private InstanceState persistentState(Object object, String operation) {
        InstanceState state = InstanceState.require(object);
        if (state.session() != link || !state.isPersistent()) {
            throw new IllegalStateException("cannot " + operation + " " + state + ": it is not persistent in this session");
        }
        return state;
    }

    // ---- flush and transactions ------------------------------------------------------------

    /** Writes every pending change to the database, in dependency order, within the session's transaction. */
    public void flush() {
        open();
        if (flushing) {
            return;
        }
        deleteOrphans();
        if (pending.isEmpty() && dirty.isEmpty() && deleted.isEmpty()) {
            return;
        }
        transaction.requireActive();
        if (hasListeners(SessionEvents.Kind.BEFORE_FLUSH)) {
            beforeFlush();
            if (pending.isEmpty() && dirty.isEmpty() && deleted.isEmpty()) {
                return;
            }
        }
        UnitOfWork uow = new UnitOfWork(link);
        for (InstanceState state : List.copyOf(pending)) {
            uow.registerSave(state);
        }
        for (InstanceState state : ordered(dirty)) {
            uow.registerSave(state);
        }
        for (InstanceState state : ordered(deleted)) {
            uow.registerDelete(state);
        }
        flushing = true;
        try {
            try {
                uow.execute();
                if (hasListeners(SessionEvents.Kind.AFTER_FLUSH)) {
                    fire(SessionEvents.Kind.AFTER_FLUSH);
                }
            } catch (RuntimeException failure) {
                uow.restore();
                transaction.rollbackAfterFailure("a flush", failure);
                throw failure;
            }
            afterFlush(uow);
            try {
                if (lifecycle) {
                    announceFlushed(uow);
                }
                if (hasListeners(SessionEvents.Kind.AFTER_FLUSH_POSTEXEC)) {
                    fire(SessionEvents.Kind.AFTER_FLUSH_POSTEXEC);
                }
            } catch (RuntimeException failure) {
                transaction.rollbackAfterFailure("a flush", failure);
                throw failure;
            }
        } finally {
            flushing = false;
            uow.finish();
        }
    }

    /** SQLAlchemy's order: the objects whose rows were deleted, then those inserted. */
    private void announceFlushed(UnitOfWork uow) {
        for (InstanceState state : uow.deletedStates()) {
            transition(SessionEvents.Transition.PERSISTENT_TO_DELETED, state);
        }
        for (InstanceState state : uow.savedStates()) {
            if (uow.wasInserted(state)) {
                transition(SessionEvents.Transition.PENDING_TO_PERSISTENT, state);
            }
        }
    }

    /**
     * The before-flush listeners, with autoflush held off (as the flush itself does), then the orphan
     * rule again for what they changed. A listener's failure leaves the database and the transaction as
     * they were: nothing of this flush was written.
     */
    private void beforeFlush() {
        flushing = true;
        try {
            fire(SessionEvents.Kind.BEFORE_FLUSH);
        } finally {
            flushing = false;
        }
        deleteOrphans();
    }

    /**
     * Before a flush, as SQLAlchemy's: a persistent object that lost its parent in a delete-orphan
     * relationship is deleted (with its delete cascade); a pending one orphaned by an object outside
     * the session is not inserted. Others without a parent — never attached — are inserted.
     */
    private void deleteOrphans() {
        List<InstanceState> candidates = new ArrayList<>(pending);
        candidates.addAll(ordered(dirty));
        List<InstanceState> owners = new ArrayList<>(candidates);
        owners.addAll(ordered(deleted));
        for (InstanceState owner : owners) {
            for (MapperProperty property : Mapper.of(owner).properties()) {
                if (property instanceof RelationshipProperty && property.attribute().deleteOrphan()) {
                    for (Object removed : property.attribute().history(owner).deleted()) {
                        InstanceState member = removed == null ? null : InstanceState.of(removed);
                        if (member != null && member.session() == link && member.isPersistent() && member.isOrphan()) {
                            delete(removed);
                        }
                    }
                }
            }
        }
        for (InstanceState state : candidates) {
            if (state.isPersistent() && state.isOrphan()) {
                delete(state.object());
            } else if (state.isPending() && state.orphanedOutsideSession() && state.isOrphan()) {
                expunge(state.object());
            }
        }
    }

    private void afterFlush(UnitOfWork uow) {
        List<InstanceState> deletedStates = uow.deletedStates();
        for (InstanceState state : deletedStates) {
            identityMap.remove(state);
            state.commitAll();
            transaction.deleted(state);
        }
        List<InstanceState> savedStates = uow.savedStates();
        Map<InstanceState, EntityKey> newKeys = new IdentityHashMap<>();
        for (InstanceState state : savedStates) {
            if (!uow.wasInserted(state)) {
                collectNewKey(state, newKeys);
                transaction.updated(state);
            }
        }
        for (InstanceState state : uow.passivelyUpdatedStates()) {
            collectNewKey(state, newKeys);
        }
        if (!newKeys.isEmpty()) {
            newKeys.keySet().forEach(state -> transaction.keySwitched(state, (EntityKey) state.key()));
            identityMap.rekey(newKeys);
        }
        for (InstanceState state : savedStates) {
            if (uow.wasInserted(state)) {
                state.key(EntityKey.current(state));
                state.status(Status.PERSISTENT);
                state.unloadUnsetReferences();
                identityMap.add(state);
                transaction.inserted(state, uow.generatedKey(state));
            }
            state.commitAll();
        }
        pending.clear();
        dirty.clear();
        deleted.clear();
    }

    /** Notes the new identity of a persistent object whose primary key changed in this flush. */
    private static void collectNewKey(InstanceState state, Map<InstanceState, EntityKey> newKeys) {
        if (state.isPersistent()) {
            EntityKey current = EntityKey.current(state);
            if (current != null && !current.equals(state.key())) {
                newKeys.put(state, current);
            }
        }
    }

    /**
     * Flushes (again while flush listeners leave changes, at most 100 times), then commits the
     * transaction; with expire-on-commit, every object reloads on its next read. When the flush or
     * the COMMIT fails, the transaction is rolled back, every object is put back as it was when the
     * transaction began, and the session refuses work with a {@link PendingRollbackException} until
     * {@link #rollback()} is called.
     */
    public void commit() {
        open();
        transaction.requireActive();
        flushUntilClean();
        List<InstanceState> detached = transaction.commit();
        try {
            if (hasListeners(SessionEvents.Kind.AFTER_COMMIT)) {
                fire(SessionEvents.Kind.AFTER_COMMIT);
            }
        } finally {
            if (expireOnCommit) {
                expireAll();
            }
        }
        if (lifecycle) {
            for (InstanceState state : detached) {
                transition(SessionEvents.Transition.DELETED_TO_DETACHED, state);
            }
        }
    }

    /**
     * Flushes until nothing is left to write, as SQLAlchemy's commit does: an after-flush listener may
     * change objects, which the next flush writes. Gives up after {@value #FLUSHES_PER_COMMIT} flushes.
     */
    private void flushUntilClean() {
        for (int flushes = 0; !flushing && !(pending.isEmpty() && dirty.isEmpty() && deleted.isEmpty()); flushes++) {
            if (flushes == FLUSHES_PER_COMMIT) {
                throw new FlushException("over " + FLUSHES_PER_COMMIT + " flushes in one commit: each left changes for "
                        + "the next; does an afterFlush or afterFlushPostexec listener change objects at every flush?");
            }
            flush();
        }
    }

    /**
     * Rolls back the transaction and puts every object back as it was when the transaction began:
     * objects added since then are expunged (transient again, without the keys the database
     * generated for them), objects deleted since then come back, objects whose primary key changed
     * take their old key back, and every persistent object is expired so its next read reloads what
     * the database holds. A connection found lost (the server restarted, the backend was terminated)
     * is released, and the next statement takes a new one from the engine. After a failed flush or
     * COMMIT this is what makes the session usable again; changes made since that failure are
     * discarded with a warning.
     */
    public void rollback() {
        open();
        if (transaction.isFailed() && !(pending.isEmpty() && dirty.isEmpty() && deleted.isEmpty())) {
            LOG.warn("Changes made to the session after its transaction failed are discarded by the rollback");
        }
        transaction.rollback();
        if (hasListeners(SessionEvents.Kind.AFTER_ROLLBACK)) {
            fire(SessionEvents.Kind.AFTER_ROLLBACK);
        }
    }

    /**
     * Begins the session's transaction explicitly, for {@code try (Transaction tx = session.begin()) { ...; tx.commit(); }}:
     * closing the handle without {@link Transaction#commit()} rolls back.
     *
     * @throws IllegalStateException if the transaction has already begun — a query, flush or
     *     {@link #connection()} begins it implicitly — until it is committed or rolled back
     */
    public Transaction begin() {
        return begin(null);
    }

    /** {@link #begin()} at an isolation level of its own (set on the connection before its first statement). */
    public Transaction begin(IsolationLevel level) {
        open();
        transaction.requireActive();
        if (transaction.begun()) {
            throw new IllegalStateException("a transaction is already begun on this session (a query, flush or "
                    + "connection() begins one); commit() or rollback() it first, or use beginNested() for a SAVEPOINT");
        }
        transaction.beginExplicitly(level);
        return new Transaction(this, null, transaction.generation());
    }

    /**
     * Flushes, then begins a SAVEPOINT within the transaction (beginning that first if needed):
     * SQLAlchemy's {@code begin_nested}. Its {@link Transaction#commit()} flushes and sends RELEASE
     * SAVEPOINT; its {@link Transaction#rollback()} (or closing it uncommitted) sends ROLLBACK TO
     * SAVEPOINT and puts the objects back as they were when it began: objects added since are
     * expunged (transient again), objects deleted since come back, and objects changed since are
     * expired, so their next read loads what the database holds. Savepoints nest.
     */
    public Transaction beginNested() {
        open();
        transaction.requireActive();
        flush();
        return new Transaction(this, transaction.beginNested(), transaction.generation());
    }

    /** Whether the transaction (or the savepoint) of {@code handle} is still open. */
    boolean isActive(Transaction handle) {
        if (closed || handle.generation() != transaction.generation()) {
            return false;
        }
        return handle.frame() == null || transaction.isOpen(handle.frame());
    }

    void commitNested(SessionTransaction.Frame frame) {
        open();
        if (!transaction.isInnermost(frame)) {
            throw new IllegalStateException("a savepoint begun inside this one is still open; commit or roll it back first");
        }
        transaction.requireActive();
        flushUntilClean();
        transaction.releaseSavepoint(frame);
    }

    void rollbackNested(SessionTransaction.Frame frame) {
        open();
        transaction.rollbackToSavepoint(frame);
    }

    /**
     * Puts the objects back as they were when a savepoint began, at its rollback (SQLAlchemy's
     * {@code _restore_snapshot(dirty_only=True)}): pending objects and those inserted inside it are
     * expunged, those deleted inside it return, keys changed inside it are restored, and objects
     * changed (in memory, or by a flush) inside it are expired.
     */
    private void restoreSavepoint(SessionTransaction.Frame frame) {
        for (InstanceState state : new ArrayList<>(pending)) {
            detach(state);
        }
        frame.undo(identityMap, link, undo);
        for (InstanceState state : new ArrayList<>(deleted)) {
            state.status(Status.PERSISTENT);
        }
        deleted.clear();
        for (InstanceState state : identityMap.states()) {
            if (dirty.contains(state) || state.isModified() || frame.updated(state)) {
                expireState(state);
            }
        }
    }

    /** Puts every object back as it was when the transaction began (SQLAlchemy's snapshot restore), at a rollback. */
    private void restoreTransactionStart() {
        for (InstanceState state : new ArrayList<>(pending)) {
            detach(state);
        }
        transaction.undo(identityMap, link, undo);
        for (InstanceState state : new ArrayList<>(deleted)) {
            state.status(Status.PERSISTENT);
        }
        deleted.clear();
        expireAll();
    }

    /** Rolls back anything uncommitted, gives the connection back to the engine, and detaches every object. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            transaction.close();
        } finally {
            for (InstanceState state : new ArrayList<>(pending)) {
                detach(state);
            }
            List<InstanceState> detached = lifecycle ? identityMap.states() : null;
            for (InstanceState state : deleted) {
                state.attach(null);
                state.status(Status.DETACHED);
            }
            identityMap.clear();
            dirty.clear();
            deleted.clear();
            closed = true;
            if (detached != null) {
                for (InstanceState state : detached) {
                    transition(SessionEvents.Transition.PERSISTENT_TO_DETACHED, state);
                }
            }
        }
    }

    /** The objects of the session, for inspection: new, changed, deleted, and all persistent ones. */
    public Collection<Object> newObjects() {
        return objects(pending);
    }

    public Collection<Object> dirtyObjects() {
        return objects(dirty);
    }

    public Collection<Object> deletedObjects() {
        return objects(deleted);
    }

    public Collection<Object> identityMapObjects() {
        return objects(identityMap.states());
    }

    private static Collection<Object> objects(Collection<InstanceState> states) {
        List<Object> result = new ArrayList<>(states.size());
        for (InstanceState state : states) {
            result.add(state.object());
        }
        return result;
    }

    private void autoflush() {
        if (autoflush && !flushing && !autoflushSuspended) {
            flush();
        }
    }

    /** The connection of the session's transaction, opened on first use; statements on it see the flushed changes. */
    public Connection connection() {
        open();
        return transaction.connection();
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("this session is closed; open a new Session");
        }
    }

    private List<InstanceState> ordered(Set<InstanceState> states) {
        List<InstanceState> list = new ArrayList<>(states);
        list.sort((a, b) -> Long.compare(a.insertOrder(), b.insertOrder()));
        return list;
    }

    private static Set<InstanceState> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The session as its objects' states, its loaders and its flush see it. */
    private final class Link implements SessionLink, LoadContext, FlushContext {

        Session session() {
            return Session.this;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void beforeQuery() {
            open();
            autoflush();
        }

        @Override
        public void load(InstanceState state, AttributeImpl attribute) {
            open();
            if (state.key() != null) {
                autoflush();   // a pending object's loadOnPending load does not flush, as in SQLAlchemy
            }
            if (attribute.property() instanceof RelationshipProperty relationship) {
                RelationshipLoader.load(this, state, relationship);
            } else {
                Refresher.refresh(this, state);
            }
        }

        @Override
        public void loadForFlush(InstanceState state, AttributeImpl attribute) {
            open();
            if (attribute.property() instanceof RelationshipProperty relationship) {
                RelationshipLoader.loadForFlush(this, state, relationship);
            } else {
                load(state, attribute);
            }
        }

        @Override
        public void loadWithoutAutoflush(InstanceState state, AttributeImpl attribute) {
            boolean wasSuspended = autoflushSuspended;
            autoflushSuspended = true;
            try {
                load(state, attribute);
            } finally {
                autoflushSuspended = wasSuspended;
            }
        }

        @Override
        public boolean hearsLoadedAsPersistent() {
            return lifecycle;
        }

        @Override
        public void loadedAsPersistent(InstanceState state) {
            transition(SessionEvents.Transition.LOADED_AS_PERSISTENT, state);
        }

        @Override
        public void attached(InstanceState owner, AttributeImpl attribute, Object member) {
            if (owner.session() != this || !(attribute.property() instanceof RelationshipProperty relationship)
                    || relationship.viewonly() || !relationship.cascade().has(Cascade.Option.SAVE_UPDATE)) {
                return;
            }
            InstanceState memberState = InstanceState.require(member);
            if (!containsState(memberState)) {
                addState(memberState);
            }
        }

        @Override
        public void orphaned(InstanceState member) {
            if (member.session() == this && member.status() == Status.PENDING) {
                expunge(member.object());
            }
        }

        @Override
        public Object peek(InstanceState state, AttributeImpl attribute) {
            if (attribute.property() instanceof RelationshipProperty relationship) {
                return RelationshipLoader.peek(this, state, relationship);
            }
            return InstanceState.NO_VALUE;
        }

        @Override
        public void modified(InstanceState state) {
            if (state.status() == Status.PERSISTENT) {
                dirty.add(state);
            }
        }

        @Override
        public Connection connection() {
            return Session.this.connection();
        }

        @Override
        public IdentityMap identityMap() {
            return identityMap;
        }

        @Override
        public SessionLink link() {
            return this;
        }

        @Override
        public Collection<InstanceState> persistentStates() {
            return identityMap.states();
        }
    }
}
