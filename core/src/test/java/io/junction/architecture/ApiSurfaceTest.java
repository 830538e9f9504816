package io.junction.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public type of junction-core is listed in docs/api-surface.md, and every type listed there for core is public. */
class ApiSurfaceTest {

    @Test
    void docsListExactlyThePublicTypes() {
        List<String> problems = new ApiSurface("junction-core").problems(Path.of("target", "classes"), ApiSurface.PAGE);
        assertThat(problems)
                .withFailMessage("docs/api-surface.md does not match junction-core's public types:%n%n%s",
                        String.join("\n\n", problems))
                .isEmpty();
    }

    @Test
    void aMissingTypeAndAStaleLineAreNamedWithTheirPlace(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes/io/junction/util");
        Files.createDirectories(classes);
        Files.copy(Path.of("target/classes/io/junction/util/Topological.class"), classes.resolve("Topological.class"));
        Path page = dir.resolve("api-surface.md");
        Files.writeString(page, String.join("\n",
                "## Module `junction-core`",
                "",
                "### `io.junction.util`",
                "",
                "Public only because another Junction package needs it:",
                "",
                "- `Gone` — needed by `io.junction.orm.unitofwork`; a type that was removed",
                "- `Checks` — argument checks",
                ""));

        List<String> problems = new ApiSurface("junction-core").problems(dir.resolve("classes"), page);

        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("line 8 \"- `Checks` — argument checks\": an internal type says which package needs it"));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("heading \"### `io.junction.util`\": add the line\n    - `Topological` — <what it is>"));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("heading \"### `io.junction.util`\": remove the line 7 \"- `Gone` — needed by")
                .endsWith("io.junction.util.Gone is not a public type of junction-core any more"));
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("remove the line 8 \"- `Checks` — argument checks\""));
    }
}
