package io.junction.benchmarks;

/**
 * The workloads, written once per implementation: hand-written JDBC, Junction, Hibernate. Every
 * call runs in its own transaction (a connection from the pool, a session) and leaves nothing open
 * behind it, except the {@link Loaded} session its caller closes. Reads return a {@link Checksum}
 * of what they read, so that the implementations can be compared and no read is optimised away.
 */
public interface Workload extends AutoCloseable {

    /** W1: inserts {@code parents} parents named {@code parent-N}, each with {@code childrenPerParent} children, in one transaction. */
    void insert(int parents, int childrenPerParent);

    /** W2: loads every parent, ordered by id, and reads every child of each, fetched the given way. */
    long loadParents(Fetch fetch);

    /** W4: loads every child, renames to {@code prefix + id} those whose id is a multiple of 100, commits; returns how many it changed. */
    int renameEveryHundredth(String prefix);

    /** W8: loads every child into one session, which stays open until the result is closed. */
    Loaded loadChildren();

    /** Tree: loads every node of {@code bench_node} and walks the tree from its root through the children collections. */
    long loadTree();

    @Override
    void close();

    /** The name the workloads give a parent. */
    static String parentName(int parent) {
        return "parent-" + parent;
    }

    /** The name the insert workload gives a child. */
    static String childName(int parent, int child) {
        return "child-" + parent + "-" + child;
    }
}
