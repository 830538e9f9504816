package io.junction.it.types.options;

import java.util.function.Supplier;

/** The client-side default of {@code account.code}: {@code "new"}, counting its calls. */
public final class NewCode implements Supplier<String> {
    static int calls;

    @Override
    public String get() {
        calls++;
        return "new";
    }
}
