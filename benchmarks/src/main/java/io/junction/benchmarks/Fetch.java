package io.junction.benchmarks;

/** How W2 reads the children of the loaded parents. */
public enum Fetch {
    /** W2a, lazily: one SELECT per parent when its collection is first read (1 + N SELECTs). */
    LAZY,
    /** W2b: one SELECT with a LEFT OUTER JOIN (Junction's {@code joinedLoad}, Hibernate's {@code left join fetch}). */
    JOINED,
    /**
     * W2c: a second SELECT with the parents' keys in an IN list (Junction's {@code selectinLoad},
     * Hibernate's batch fetching with a batch of {@link Database#BATCH}).
     */
    SELECTIN
}
