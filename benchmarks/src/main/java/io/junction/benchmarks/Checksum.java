package io.junction.benchmarks;

/** Order-independent sums over the rows an implementation read: equal sums, same rows. */
public final class Checksum {

    private Checksum() {
    }

    public static long parent(int id, String name) {
        return id * 1_000_003L + name.hashCode();
    }

    public static long child(int id, int parentId, String name) {
        return id * 7_919L + parentId * 31L + name.hashCode();
    }

    /** A node seen at {@code depth} below the root. */
    public static long node(int id, String name, int depth) {
        return id * 104_729L + depth * 13L + name.hashCode();
    }
}
