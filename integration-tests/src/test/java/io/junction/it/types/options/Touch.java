package io.junction.it.types.options;

import java.util.function.Supplier;

/** The update value of {@code account.touched}: 1, 2, 3, ... per call. */
public final class Touch implements Supplier<Integer> {
    static int calls;

    @Override
    public Integer get() {
        return ++calls;
    }
}
