package io.junction.it.events;

import java.util.ArrayList;
import java.util.List;

/** What the listeners of the suite heard, and the event whose listener is to throw next. */
final class Recorder {
    /** Mapper, instance and session events, in order: {@code before_insert u1}. */
    static final List<String> EVENTS = new ArrayList<>();
    /** Attribute events, in order: {@code append addresses a1@x}. */
    static final List<String> ATTRIBUTES = new ArrayList<>();
    /** The collections init_collection listeners were given, in order, with the object: {@code u1 [a1@x]}. */
    static final List<String> INITS = new ArrayList<>();
    /** Those collections themselves. */
    static final List<Object> COLLECTIONS = new ArrayList<>();
    /** The mapper event whose listener throws, such as {@code before_insert}, or {@code null}. */
    static String failOn;

    private Recorder() {
    }

    static void heard(String event, Object target) {
        EVENTS.add(event + " " + target);
        if (event.equals(failOn)) {
            throw new IllegalStateException(event + " refuses " + target);
        }
    }

    static void clear() {
        EVENTS.clear();
        ATTRIBUTES.clear();
        INITS.clear();
        COLLECTIONS.clear();
        failOn = null;
    }
}
