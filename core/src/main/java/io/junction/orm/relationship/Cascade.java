package io.junction.orm.relationship;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which session operations follow a relationship from parent to child, written as SQLAlchemy
 * does: {@code "save-update, merge"} (the default), {@code "all, delete-orphan"}.
 */
public final class Cascade {

    /** One cascading operation. */
    public enum Option { SAVE_UPDATE, MERGE, DELETE, DELETE_ORPHAN, REFRESH_EXPIRE, EXPUNGE }

    public static final Cascade DEFAULT = new Cascade(EnumSet.of(Option.SAVE_UPDATE, Option.MERGE));
    public static final Cascade NONE = new Cascade(EnumSet.noneOf(Option.class));

    private final Set<Option> options;

    private Cascade(Set<Option> options) {
        this.options = Set.copyOf(options);
    }

    /** Parses a comma-separated list; {@code all} means save-update, merge, refresh-expire, expunge and delete. */
    public static Cascade parse(String spec) {
        EnumSet<Option> options = EnumSet.noneOf(Option.class);
        for (String raw : spec.split(",")) {
            String word = raw.trim().toLowerCase(Locale.ROOT);
            switch (word) {
                case "" -> { }
                case "all" -> options.addAll(EnumSet.of(Option.SAVE_UPDATE, Option.MERGE, Option.REFRESH_EXPIRE,
                        Option.EXPUNGE, Option.DELETE));
                case "save-update" -> options.add(Option.SAVE_UPDATE);
                case "merge" -> options.add(Option.MERGE);
                case "delete" -> options.add(Option.DELETE);
                case "delete-orphan" -> options.add(Option.DELETE_ORPHAN);
                case "refresh-expire" -> options.add(Option.REFRESH_EXPIRE);
                case "expunge" -> options.add(Option.EXPUNGE);
                case "none" -> { }
                default -> throw new IllegalArgumentException("unknown cascade '" + raw.trim() + "' in \"" + spec
                        + "\"; the options are all, save-update, merge, delete, delete-orphan, refresh-expire, expunge");
            }
        }
        return new Cascade(options);
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    public boolean delete() {
        return has(Option.DELETE);
    }

    public boolean deleteOrphan() {
        return has(Option.DELETE_ORPHAN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cascade other && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    @Override
    public String toString() {
        return options.stream().map(o -> o.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList().toString();
    }
}
