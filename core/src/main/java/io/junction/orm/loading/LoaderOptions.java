package io.junction.orm.loading;

import java.util.ArrayList;
import java.util.List;

/** The loader options of one query; a later option for the same path wins, an exact path beats a wildcard. */
final class LoaderOptions {
    static final LoaderOptions NONE = new LoaderOptions(List.of());

    private final List<LoaderOption> options;

    private LoaderOptions(List<LoaderOption> options) {
        this.options = options;
    }

    LoaderOptions plus(List<LoaderOption> more) {
        List<LoaderOption> all = new ArrayList<>(options);
        all.addAll(more);
        return new LoaderOptions(List.copyOf(all));
    }

    boolean isEmpty() {
        return options.isEmpty();
    }

    /**
     * The option that decides {@code path}: the last one naming exactly it (or reaching it by its
     * recursion depth), else the last naming a longer path through it, else the last wildcard at its level.
     */
    LoaderOption find(List<String> path) {
        LoaderOption longer = null;
        LoaderOption wildcard = null;
        for (int i = options.size() - 1; i >= 0; i--) {
            LoaderOption option = options.get(i);
            List<String> optionPath = option.path();
            if (option.isWildcard()) {
                if (wildcard == null && optionPath.size() == path.size()
                        && optionPath.subList(0, optionPath.size() - 1).equals(path.subList(0, path.size() - 1))) {
                    wildcard = option;
                }
            } else if (optionPath.equals(path) || option.recursesTo(path)) {
                return option;
            } else if (longer == null && !option.containsEager() && optionPath.size() > path.size()
                    && optionPath.subList(0, path.size()).equals(path)) {
                longer = option;
            }
        }
        return longer != null ? longer : wildcard;
    }
}
