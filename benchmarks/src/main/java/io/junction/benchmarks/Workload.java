package io.junction.benchmarks;

import java.util.List;

/**
 * The scenarios, written once per implementation: hand-written JDBC, Junction, Hibernate. Every
 * call runs in its own transaction (a connection from the pool, a session) and leaves nothing
 * open behind it.
 */
public interface Workload extends AutoCloseable {

    /** Scenario 1: inserts {@code parents} parents named {@code parent-N}, each with {@code childrenPerParent} children, in one transaction. */
    void insert(int parents, int childrenPerParent);

    /** Scenario 2: loads every parent, ordered by id, and every child of each (the children are read). */
    List<ParentData> loadAll();

    /** Scenario 3: loads every child, sets its name to {@code prefix + id}, and commits; returns how many it changed. */
    int renameChildren(String prefix);

    /** Scenario 4: gets each child by primary key, from a fresh session (connection) each time. */
    List<ChildData> getEachInFreshSession(int[] ids);

    /** Scenario 4b: gets each child by primary key, all in one session (each one a miss of its identity map). */
    List<ChildData> getAllInOneSession(int[] ids);

    @Override
    void close();

    /** The name the scenarios give a parent. */
    static String parentName(int parent) {
        return "parent-" + parent;
    }

    /** The name the insert scenario gives a child. */
    static String childName(int parent, int child) {
        return "child-" + parent + "-" + child;
    }
}
