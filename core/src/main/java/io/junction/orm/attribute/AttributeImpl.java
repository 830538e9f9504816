package io.junction.orm.attribute;

/**
 * The behaviour of one mapped field: how it is read and written, what history it keeps, how it
 * loads when not loaded, and which attribute on the other class is its backref.
 */
public abstract class AttributeImpl {
    private final String key;
    private final ClassManager manager;
    private final FieldAccess field;
    private int index = -1;
    private AttributeImpl backref;
    private Object property;
    private boolean deleteOrphan;
    private boolean viewonly;
    private boolean singleParent;
    private Class<?> memberClass;
    private AttributeListeners listeners;

    protected AttributeImpl(String key, ClassManager manager, FieldAccess field) {
        this.key = key;
        this.manager = manager;
        this.field = field;
    }

    /** The attribute's name: its field's name. */
    public String key() {
        return key;
    }

    /** The attribute's position in its manager, which indexes the per-object loaded and changed bits. */
    int index() {
        return index;
    }

    void index(int position) {
        this.index = position;
    }

    /** True if {@code classManager} is the manager this attribute was added to, so its {@link #index()} applies there. */
    boolean belongsTo(ClassManager classManager) {
        return classManager == manager && index >= 0;
    }

    /** The attribute on the other class that mirrors this one, or {@code null}. */
    public AttributeImpl backref() {
        return backref;
    }

    public void backref(AttributeImpl other) {
        this.backref = other;
    }

    /** The set, append and remove listeners and validators of this attribute, or {@code null} when it has none. */
    public AttributeListeners listeners() {
        return listeners;
    }

    /** This attribute's listeners, made on the first one added. */
    public AttributeListeners listenersForUpdate() {
        if (listeners == null) {
            listeners = new AttributeListeners();
        }
        return listeners;
    }

    /** The mapper property that configured this attribute (a column or a relationship). */
    public Object property() {
        return property;
    }

    public void property(Object mapperProperty) {
        this.property = mapperProperty;
    }

    /** Whether members removed from this relationship are orphans to delete (cascade delete-orphan). */
    public void deleteOrphan(boolean on) {
        this.deleteOrphan = on;
    }

    public boolean deleteOrphan() {
        return deleteOrphan;
    }

    /** Each member may have one holder at a time through this attribute (SQLAlchemy's {@code single_parent}). */
    public void singleParent(boolean on) {
        this.singleParent = on;
    }

    /**
     * Refuses to give {@code member} to {@code owner} when this attribute is single-parent and
     * another object holds it already; called before anything changes.
     *
     * @throws IllegalStateException naming the member, both holders and the fix
     */
    void checkSingleParent(InstanceState owner, Object member) {
        if (!singleParent || member == null) {
            return;
        }
        InstanceState memberState = InstanceState.of(member);
        Object holder = memberState == null ? null : memberState.parentThrough(this);
        if (holder instanceof InstanceState other && other != owner) {
            String attribute = manager.type().getSimpleName() + "." + key;
            throw new IllegalStateException("cannot give " + member.getClass().getSimpleName() + " " + member + " to "
                    + attribute + " of " + owner.object() + ": it is held already by " + other.object() + " through "
                    + attribute + ", which is singleParent(true) (an object has one parent there); take it away from "
                    + other.object() + " first, or drop singleParent (and delete-orphan) if it may have several");
        }
    }

    /**
     * The class every object given to this relationship must be an instance of (SQLAlchemy's
     * {@code enable_typechecks}), or {@code null} to accept any object here and leave the refusal
     * of a wrong one to the save-update cascade or the flush.
     */
    public void memberClass(Class<?> type) {
        this.memberClass = type;
    }

    /**
     * Refuses {@code member} when it is not an instance of the {@link #memberClass(Class) member
     * class}; called before anything changes.
     *
     * @throws IllegalArgumentException naming this attribute, the class it holds and the class given
     */
    final void checkMemberClass(Object member) {
        Class<?> expected = memberClass;
        if (expected != null && member != null && member.getClass() != expected && !expected.isInstance(member)) {
            throw wrongClass(expected, member);
        }
    }

    private IllegalArgumentException wrongClass(Class<?> expected, Object member) {
        String holds = expected.getSimpleName();
        String given = member.getClass().getSimpleName();
        return new IllegalArgumentException("Attribute '" + this + "' does not accept objects of class " + given
                + " (" + member.getClass().getName() + "): it holds " + holds + " objects; give it a " + holds
                + " (or an object of a subclass of " + holds + "), or declare the relationship with " + given
                + ".class if that is the class it should hold");
    }

    /** A viewonly relationship: changes made in memory keep no history, fire no backref and cascade nothing. */
    public void viewonly(boolean on) {
        this.viewonly = on;
    }

    boolean viewonly() {
        return viewonly;
    }

    /**
     * Records that {@code owner} now holds {@code member} through this attribute, or no longer
     * does; a removal by a holder that is no longer the last one to take it is ignored, so a
     * member moved to another holder keeps its parent.
     */
    void trackParent(InstanceState member, InstanceState owner, boolean holds) {
        if (holds) {
            member.parentThrough(this, owner);
            return;
        }
        Object last = member.parentThrough(this);
        if (last instanceof InstanceState holder && holder != owner) {
            return;
        }
        member.parentThrough(this, Boolean.FALSE);
    }

    /** True if some object holds {@code member} through this attribute; {@code optimistic} when nothing was recorded. */
    public boolean hasParent(InstanceState member, boolean optimistic) {
        Object holder = member.parentThrough(this);
        return holder == null ? optimistic : holder != Boolean.FALSE;
    }

    /** User code attached {@code member} to {@code owner} through this attribute: the session may cascade the save to it. */
    void memberAttached(InstanceState owner, Object member) {
        if (member != null && owner.session() != null) {
            owner.session().attached(owner, this, member);
        }
    }

    /** {@code member} left {@code owner}: under delete-orphan, a pending orphan leaves the session at once. */
    void memberDetached(InstanceState owner, Object member) {
        if (member == null || !deleteOrphan) {
            return;
        }
        InstanceState memberState = InstanceState.of(member);
        if (memberState == null || !memberState.isOrphan()) {
            return;
        }
        if (owner.session() != null) {
            owner.session().orphaned(memberState);
        } else {
            memberState.markOrphanedOutsideSession();
        }
    }

    /** The current value, read without loading anything. */
    public Object get(InstanceState state) {
        return field != null ? field.get(state.object()) : state.columnValue(key);
    }

    /** Stores a value without events or history. */
    public void setQuietly(InstanceState state, Object value) {
        if (field != null) {
            field.set(state.object(), value);
        } else {
            state.columnValue(key, value);
        }
    }

    /** Stores a loaded value: no history, and the attribute counts as loaded. */
    public void setCommitted(InstanceState state, Object value) {
        setQuietly(state, value);
        state.markLoaded(this);
    }

    /** Loads the attribute if it is not loaded; called before a field read. */
    public void beforeRead(InstanceState state) {
        if (!state.isLoaded(this)) {
            load(state);
        }
    }

    /**
     * Loads the attribute if it is not loaded, for the flush or the delete cascade: a relationship
     * whose loader raises on access (RAISE, RAISE_ON_SQL) loads with a SELECT, as SQLAlchemy's unit of
     * work loads with {@code NO_RAISE}; a user's read still raises.
     */
    public void beforeFlushRead(InstanceState state) {
        if (!state.isLoaded(this)) {
            SessionLink session = state.session();
            if (session == null) {
                load(state);
            } else {
                session.loadForFlush(state, this);
            }
        }
    }

    /** Loads the attribute through the session, or fails on a detached object. */
    protected void load(InstanceState state) {
        SessionLink session = state.session();
        if (session == null) {
            throw new DetachedInstanceException(manager.type().getSimpleName() + "." + key + " is not loaded, and "
                    + state + " is not attached to a session, so it cannot be loaded. Read it while the session is "
                    + "open, or load it eagerly (lazy(Lazy.JOINED) or lazy(Lazy.SELECTIN) on the relationship, "
                    + "or a loader option on the query).");
        }
        session.load(state, this);
    }

    /**
     * A write made by user code through the enhanced field: records history, fires backref events,
     * and returns the value to store in the field.
     */
    public abstract Object write(InstanceState state, Object oldValue, Object newValue);

    /** Sets the value as user code would, with history and events (used by the ORM itself). */
    public void set(InstanceState state, Object value) {
        Object stored = write(state, get(state), value);
        setQuietly(state, stored);
    }

    /** What changed since the last flush or load. */
    public abstract History history(InstanceState state);

    @Override
    public String toString() {
        return manager.type().getSimpleName() + "." + key;
    }
}
