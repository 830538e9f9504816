package io.junction.benchmarks;

/** How an ORM reads the children in the load scenario. */
public enum Fetch {
    /** Lazily: one SELECT per parent when its collection is first read (N+1). */
    LAZY,
    /**
     * Eagerly, a second SELECT with the parents' keys in an IN list: Junction's {@code selectinLoad},
     * Hibernate's batch fetching ({@code session.setFetchBatchSize(100)}).
     */
    SELECTIN,
    /** Eagerly, one SELECT with a LEFT OUTER JOIN: Junction's {@code joinedLoad}, Hibernate's {@code left join fetch}. */
    JOINED
}
