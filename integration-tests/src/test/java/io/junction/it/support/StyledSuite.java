package io.junction.it.support;

import io.junction.engine.Engine;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A suite run in each {@link Style} on each {@link Database}: a test body activates a style and
 * then runs unchanged, so each assertion, SQL text included, holds for both styles or the suite
 * fails. Where a style genuinely differs, the test names the difference and asserts it per style.
 */
public abstract class StyledSuite extends DatabaseSuite {

    /** The pattern's classes with their classical and declarative mappings. */
    protected abstract StyledMapping mapping();

    @Override
    protected MetaData metadata() {
        return mapping().metadata();
    }

    /** Activates {@code style} and returns the engine of {@code database} with the pattern's tables, empty. */
    protected Engine fresh(Style style, Database database) {
        mapping().activate(style);
        return fresh(database);
    }

    /** The table {@code name} of the active style. */
    protected Table table(String name) {
        return metadata().table(name);
    }

    /** Every style on every database, for {@code @MethodSource("cases")}. */
    protected static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Style style : Style.values()) {
            for (Database database : Database.values()) {
                cases.add(Arguments.of(style, database));
            }
        }
        return cases.stream();
    }
}
