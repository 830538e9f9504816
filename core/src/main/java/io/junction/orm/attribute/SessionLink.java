package io.junction.orm.attribute;

/**
 * What an object's state asks of the session that owns it: load an attribute that is not loaded,
 * and note that the object changed. The session implements it; the attribute layer never sees
 * the session itself.
 */
public interface SessionLink {

    /** Loads {@code attribute} of {@code state}: a lazy relationship, or the expired columns. */
    void load(InstanceState state, AttributeImpl attribute);

    /**
     * Loads {@code attribute} for the flush or the delete cascade: as {@link #load}, except that a
     * relationship whose loader raises on access loads with a SELECT.
     */
    void loadForFlush(InstanceState state, AttributeImpl attribute);

    /** Loads {@code attribute} without flushing first: for the old value of a reference while it is being changed. */
    void loadWithoutAutoflush(InstanceState state, AttributeImpl attribute);

    /**
     * The value {@code attribute} would load, if the session can tell without SQL (a many-to-one
     * whose target is in the identity map); {@link InstanceState#NO_VALUE} otherwise.
     */
    Object peek(InstanceState state, AttributeImpl attribute);

    /**
     * True once the session is closed: its persistent objects are detached from then on without
     * the session visiting each ({@link InstanceState} asks when it is next used).
     */
    boolean isClosed();

    /** Called once when a persistent object changes after its last flush or load. */
    void modified(InstanceState state);

    /** User code attached {@code member} to {@code owner} through {@code attribute} (not through a backref): cascade save-update. */
    void attached(InstanceState owner, AttributeImpl attribute, Object member);

    /** {@code member} became an orphan of a delete-orphan relationship of an object of this session: a pending one leaves the session. */
    void orphaned(InstanceState member);
}
