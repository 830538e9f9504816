package io.junction.orm.loading;

import io.junction.orm.attribute.InstanceState;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.relationship.Lazy;
import io.junction.orm.relationship.RelationshipProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an object was loaded: the loader options of the query that loaded it and the path of
 * relationships from that query's entity. It decides the {@link LoaderStrategy} of each
 * relationship of the object, and an object loaded by a query with options keeps it for its later lazy loads.
 */
final class LoadPath {
    private final LoaderOptions options;
    private final Mapper root;
    private final List<RelationshipProperty> relationships;
    private final List<String> names;

    private LoadPath(LoaderOptions options, Mapper root, List<RelationshipProperty> relationships, List<String> names) {
        this.options = options;
        this.root = root;
        this.relationships = relationships;
        this.names = names;
    }

    static LoadPath root(Mapper mapper, LoaderOptions options) {
        return new LoadPath(options, mapper, List.of(), List.of());
    }

    /** The path remembered by an object loaded with options, else a path starting at the object. */
    static LoadPath of(InstanceState state) {
        return state.loaderData() instanceof LoadPath path ? path : root(Mapper.of(state), LoaderOptions.NONE);
    }

    LoadPath child(RelationshipProperty relationship) {
        List<RelationshipProperty> rels = new ArrayList<>(relationships);
        rels.add(relationship);
        List<String> keys = new ArrayList<>(names);
        keys.add(relationship.key());
        return new LoadPath(options, root, List.copyOf(rels), List.copyOf(keys));
    }

    /** True for the path of an object loaded without loader options: its own class, no options. */
    boolean isPlainRoot() {
        return options.isEmpty() && relationships.isEmpty();
    }

    List<String> names() {
        return names;
    }

    /** The option that names the relationship {@code relationship} at the end of this path, or {@code null}. */
    LoaderOption option(RelationshipProperty relationship) {
        if (options.isEmpty() || relationship.lazy() == Lazy.DYNAMIC || relationship.lazy() == Lazy.WRITE_ONLY) {
            return null;
        }
        List<String> keys = new ArrayList<>(names);
        keys.add(relationship.key());
        return options.find(keys);
    }

    /** The strategy of {@code relationship} of an object at the end of this path: an option's, else the configured one. */
    LoaderStrategy strategy(RelationshipProperty relationship) {
        Lazy chosen = optionStrategy(option(relationship));
        return LoaderStrategy.of(chosen != null ? chosen : relationship.lazy());
    }

    /** The strategy {@code option} (found by {@link #option}) gives the next step, or {@code null} for the configured one. */
    Lazy optionStrategy(LoaderOption option) {
        return option == null ? null : option.strategyAt(names.size() + 1);
    }

    /**
     * Whether a configured eager strategy stops before {@code relationship}: after
     * {@code joinDepth} occurrences of it along the path when it has one, else when its target
     * class already occurs on the path (so a self-referential relationship loads eagerly only with a joinDepth).
     */
    boolean stopsBefore(RelationshipProperty relationship) {
        Integer depth = relationship.config().joinDepth();
        if (depth != null) {
            int count = 0;
            for (RelationshipProperty on : relationships) {
                if (on == relationship) {
                    count++;
                }
            }
            return count >= depth;
        }
        if (root == relationship.target()) {
            return true;
        }
        for (RelationshipProperty on : relationships) {
            if (on.target() == relationship.target()) {
                return true;
            }
        }
        return false;
    }

    /** Remembers this path on a freshly loaded object, when there are options to remember. */
    void rememberOn(InstanceState state) {
        if (!options.isEmpty() && state.loaderData() == null) {
            state.loaderData(this);
        }
    }
}
