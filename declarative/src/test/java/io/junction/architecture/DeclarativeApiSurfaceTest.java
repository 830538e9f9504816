package io.junction.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public type of junction-declarative is listed in docs/api-surface.md, and every type listed there for it is public. */
class DeclarativeApiSurfaceTest {

    @Test
    void docsListExactlyThePublicTypes() {
        List<String> problems = new ApiSurface("junction-declarative").problems(Path.of("target", "classes"), ApiSurface.PAGE);
        assertThat(problems)
                .withFailMessage("docs/api-surface.md does not match junction-declarative's public types:%n%n%s",
                        String.join("\n\n", problems))
                .isEmpty();
    }
}
