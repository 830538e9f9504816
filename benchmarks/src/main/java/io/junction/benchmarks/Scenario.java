package io.junction.benchmarks;

import java.util.Arrays;

/** The measured workloads at the sizes of issue 13: the data each needs, and one operation. */
public enum Scenario {
    W1("W1 insert 1,000 parents x 10 children, commit", 11_000) {
        @Override
        void seed(Database database) {
        }

        @Override
        Operation operation(Workload workload, Database database) {
            return new Operation() {
                @Override
                public long run() {
                    workload.insert(1_000, 10);
                    return 0;
                }

                @Override
                public void after() {
                    database.deleteAll();
                }
            };
        }
    },
    W2A("W2a load 1k parents, walk children lazily (1,001 SELECTs)", 11_000) {
        @Override
        Operation operation(Workload workload, Database database) {
            return () -> workload.loadParents(Fetch.LAZY);
        }
    },
    W2B("W2b same, one joined SELECT", 11_000) {
        @Override
        Operation operation(Workload workload, Database database) {
            return () -> workload.loadParents(Fetch.JOINED);
        }
    },
    W2C("W2c same, selectin (2 SELECTs)", 11_000) {
        @Override
        Operation operation(Workload workload, Database database) {
            return () -> workload.loadParents(Fetch.SELECTIN);
        }
    },
    W4("W4 load 10k, change 100, commit", 10_000) {
        @Override
        Operation operation(Workload workload, Database database) {
            return new Operation() {
                private int round;

                @Override
                public long run() {
                    return workload.renameEveryHundredth((round++ % 2 == 0 ? "a-" : "b-"));
                }
            };
        }
    },
    W8("W8 load 100k into one session", 100_000) {
        @Override
        void seed(Database database) {
            database.seed(10_000, 10);
        }

        @Override
        Operation operation(Workload workload, Database database) {
            return () -> {
                try (Loaded loaded = workload.loadChildren()) {
                    return loaded.size();
                }
            };
        }
    },
    GET("identity-map get() of 10k loaded objects", 10_000) {
        @Override
        Operation operation(Workload workload, Database database) {
            Integer[] ids = Arrays.stream(database.childIds()).boxed().toArray(Integer[]::new);
            Loaded loaded = workload.loadChildren();
            return new Operation() {
                @Override
                public long run() {
                    return loaded.get(ids);
                }

                @Override
                public void close() {
                    loaded.close();
                }
            };
        }
    },
    TREE("self-referential tree of 11,111 nodes, loaded and walked", 11_111) {
        @Override
        void seed(Database database) {
            database.seedTree(5, 10);
        }

        @Override
        Operation operation(Workload workload, Database database) {
            return workload::loadTree;
        }
    };

    private final String label;
    private final int objects;

    Scenario(String label, int objects) {
        this.label = label;
        this.objects = objects;
    }

    /** The report's row label. */
    public String label() {
        return label;
    }

    /** Objects (rows) one operation writes or reads, for figures per object. */
    public int objects() {
        return objects;
    }

    /** Writes the data the workload reads: 1,000 parents with 10 children each unless overridden. */
    void seed(Database database) {
        database.seed(1_000, 10);
    }

    /** The operation to measure, on a seeded database. */
    abstract Operation operation(Workload workload, Database database);

    /** One measured operation, and what must happen after it, untimed. */
    @FunctionalInterface
    interface Operation extends AutoCloseable {
        /** Runs once; returns a value the caller consumes, so that nothing is optimised away. */
        long run();

        default void after() {
        }

        @Override
        default void close() {
        }
    }
}
