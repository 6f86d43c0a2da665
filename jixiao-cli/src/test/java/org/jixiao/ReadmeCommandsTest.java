package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The README is part of the product: every jixiao command shown in its code blocks names a command that exists
 * and only options that command takes, and every file or heading it links to is there. A renamed option or a
 * dropped section fails here rather than in a user's hands.
 */
class ReadmeCommandsTest {

    private static final Path README = Samples.ROOT.resolve("README.md");
    private static final Pattern OPTION = Pattern.compile("^\\[?(--?[A-Za-z][A-Za-z0-9-]*)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)?(#[^)\\s]+)?\\)");

    @Test
    void everyCommandShownParsesWithTheOptionsShown() throws IOException {
        List<String> commands = commandLines();
        assertThat(commands).as("commands found in README code blocks").hasSizeGreaterThan(15);
        for (String line : commands) {
            String[] tokens = line.split("\\s+");
            String command = tokens[1];
            StringWriter out = new StringWriter();
            int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), command, "--help");
            assertThat(exit).as("`%s`: the command exists", line).isZero();
            String help = out.toString();
            for (int i = 2; i < tokens.length; i++) {
                Matcher m = OPTION.matcher(tokens[i]);
                if (m.find()) {
                    String option = m.group(1);
                    String asListed = option.startsWith("--") ? option : option + ",";
                    assertThat(help).as("`%s`: %s is an option of %s", line, option, command).contains(asListed);
                }
            }
        }
    }

    @Test
    void everyLinkedFileAndHeadingExists() throws IOException {
        String text = Files.readString(README);
        Matcher m = LINK.matcher(text);
        int links = 0;
        while (m.find()) {
            links++;
            if (m.group(1) != null && !m.group(1).startsWith("http")) {
                assertThat(Samples.ROOT.resolve(m.group(1))).as("README links to %s", m.group(1)).exists();
            }
            if (m.group(2) != null) {
                String anchor = m.group(2).substring(1);
                assertThat(text.lines().filter(l -> l.startsWith("#")).map(ReadmeCommandsTest::anchorOf))
                        .as("README links to the heading #%s", anchor).contains(anchor);
            }
        }
        assertThat(links).as("links in the README").isPositive();
    }

    /** GitHub's anchor of a heading line: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchorOf(String heading) {
        return heading.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Lines of fenced code blocks that run jixiao (comments and the help overview left out). */
    private static List<String> commandLines() throws IOException {
        List<String> lines = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("```")) {
                code = !code;
                continue;
            }
            String command = line.replaceFirst("\\s+#.*$", "").strip();
            if (code && (command.startsWith("jixiao ") || command.startsWith("./jixiao "))
                    && !command.startsWith("jixiao help") && command.split("\\s+").length > 1) {
                lines.add(command);
            }
        }
        return lines;
    }
}
