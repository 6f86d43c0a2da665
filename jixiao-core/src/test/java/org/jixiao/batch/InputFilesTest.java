package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names under OUTDIR: characters Windows cannot hold in a file name become _, in folders and files alike. */
class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void charactersNoWindowsNameMayHoldBecomeUnderscores() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in").resolve("局:A"));
        Files.write(in.resolve("表<1>|\"?*\u0001.xlsx"), new byte[] {1});
        Files.write(in.resolve("plain.xlsx"), new byte[] {1});
        InputFiles.Found found = InputFiles.expand(List.of(tmp.resolve("in").toString()), tmp.resolve("out"), Set.of());
        assertThat(found.files()).extracting(InputFiles.InputFile::name)
                .containsExactly("局_A/plain.xlsx", "局_A/表_1______.xlsx");
    }
}
