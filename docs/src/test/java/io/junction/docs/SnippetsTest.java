package io.junction.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of the guide that is marked {@code <!-- include: FILE#TAG -->} is the code
 * between {@code // tag::TAG[]} and {@code // end::TAG[]} in that file, so the guide shows the code that runs.
 */
class SnippetsTest {
    private static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (\\S+)#(\\S+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyIncludedSnippetMatchesItsSource() throws IOException {
        Path docs = Path.of("").toAbsolutePath();
        List<Path> pages;
        try (Stream<Path> files = Files.list(docs)) {
            pages = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).as("guide pages in %s", docs).isNotEmpty();
        int checked = 0;
        for (Path page : pages) {
            Matcher matcher = INCLUDE.matcher(Files.readString(page));
            while (matcher.find()) {
                String source = Files.readString(docs.resolve(matcher.group(1)));
                assertThat(matcher.group(3).strip())
                        .as("%s: snippet %s#%s", page.getFileName(), matcher.group(1), matcher.group(2))
                        .isEqualTo(region(source, matcher.group(2)));
                checked++;
            }
        }
        assertThat(checked).as("snippets checked").isGreaterThan(0);
    }

    static String region(String source, String tag) {
        String start = "// tag::" + tag + "[]";
        String end = "// end::" + tag + "[]";
        int from = source.indexOf(start);
        int to = source.indexOf(end);
        assertThat(from).as("tag %s in source", tag).isNotNegative();
        assertThat(to).as("end of tag %s in source", tag).isGreaterThan(from);
        List<String> lines = new ArrayList<>(source.substring(source.indexOf('\n', from) + 1, to).lines().toList());
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString().strip();
    }
}
