package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state journal: what a kill leaves behind, superseded entries, and the per-file layout of older releases. */
class StateStoreTest {

    @TempDir
    Path out;

    private static SummaryRow row(String file, String total) {
        return new SummaryRow(file, "附件1", "某单位", "某项目", Optional.of(2023), "项目支出",
                "national-project-2020（默认）", Optional.of(new BigDecimal("100")), Optional.of(new BigDecimal("90.5")), Optional.empty(),
                List.of(new SummaryRow.Group("产出指标", new BigDecimal("50"), new BigDecimal("45.5"))),
                new BigDecimal(total), "优", Optional.empty(),
                List.of(new SummaryRow.Loss("产出指标/数量", new BigDecimal("10"), new BigDecimal("9"))),
                List.of(new SummaryRow.ProblemLine("附件1!C7", "SUM_MISMATCH", "错误", "合计与明细不符\t含制表符")),
                new SummaryRow.Stability(0.95, 90.1, 93.2));
    }

    private Path journal() {
        return out.resolve(".jixiao").resolve("state.tsv");
    }

    @Test
    void entriesSurviveARestartIdentically() throws IOException {
        try (StateStore state = new StateStore(out)) {
            state.save("a.xlsx", "sha-a", "rules", "a.xlsx", List.of(row("a.xlsx", "92.44")));
            state.save("b.xlsx", "sha-b", "rules", "b.xlsx", List.of(row("b.xlsx", "81")));
        }
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("a.xlsx")).contains(new StateStore.Entry("sha-a", "rules", "a.xlsx",
                    List.of(row("a.xlsx", "92.44"))));
            assertThat(state.find("b.xlsx").map(StateStore.Entry::inputSha)).contains("sha-b");
            assertThat(state.find("c.xlsx")).isEmpty();
        }
    }

    @Test
    void anEntryCutShortByAKillIsIgnoredAndDroppedOnTheNextClose() throws IOException {
        try (StateStore state = new StateStore(out)) {
            state.save("a.xlsx", "sha-a", "rules", "a.xlsx", List.of(row("a.xlsx", "92.44")));
            state.save("b.xlsx", "sha-b", "rules", "b.xlsx", List.of(row("b.xlsx", "81")));
        }
        String whole = Files.readString(journal(), StandardCharsets.UTF_8);
        // a kill in the middle of writing b's entry: everything after its ROW record is lost
        String cut = whole.substring(0, whole.indexOf("GROUP", whole.indexOf("META", 1)));
        Files.writeString(journal(), cut, StandardCharsets.UTF_8);
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("a.xlsx")).isPresent();
            assertThat(state.find("b.xlsx")).isEmpty();
        }
        assertThat(Files.readString(journal(), StandardCharsets.UTF_8)).doesNotContain("b.xlsx");
    }

    @Test
    void aRescoredFileKeepsOnlyItsLatestEntry() throws IOException {
        try (StateStore state = new StateStore(out)) {
            state.save("a.xlsx", "sha-1", "rules", "a.xlsx", List.of(row("a.xlsx", "70")));
        }
        try (StateStore state = new StateStore(out)) {
            state.save("a.xlsx", "sha-2", "rules", "a.xlsx", List.of(row("a.xlsx", "75")));
            state.save("b.xlsx", "sha-b", "rules", "b.xlsx", List.of(row("b.xlsx", "81")));
            state.forget("b.xlsx");
        }
        String text = Files.readString(journal(), StandardCharsets.UTF_8);
        assertThat(text.split("\nMETA", -1)).hasSize(1);
        assertThat(text).contains("sha-2").doesNotContain("sha-1").doesNotContain("b.xlsx");
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("a.xlsx").map(e -> e.rows().get(0).total())).contains(new BigDecimal("75"));
        }
    }

    @Test
    void anOutputNamedForItsContentIsRememberedAndAnOlderJournalMeansTheInputsName() throws IOException {
        try (StateStore state = new StateStore(out)) {
            state.save("单位.et", "sha-et", "rules", "单位.et.xlsx", List.of(row("单位.et", "90")));
        }
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("单位.et").map(StateStore.Entry::output)).contains("单位.et.xlsx");
        }
        // written before the output field: META has five fields, and the output was always the input's name
        Files.writeString(journal(), "META\t" + StateStore.VERSION + "\ta.xlsx\tsha-a\trules\nEND\ta.xlsx\n", StandardCharsets.UTF_8);
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("a.xlsx")).contains(new StateStore.Entry("sha-a", "rules", "a.xlsx", List.of()));
        }
    }

    @Test
    void aGarbledJournalOnlyMeansScoringAgain() throws IOException {
        Files.createDirectories(journal().getParent());
        Files.writeString(journal(), "META\t" + StateStore.VERSION + "\ta.xlsx\tx\ty\nGROUP\tonly\n", StandardCharsets.UTF_8);
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("a.xlsx")).isEmpty();
            state.save("b.xlsx", "sha-b", "rules", "b.xlsx", List.of(row("b.xlsx", "81")));
        }
        try (StateStore state = new StateStore(out)) {
            assertThat(state.find("b.xlsx")).isPresent();
        }
    }

    @Test
    void theOneFilePerOutputLayoutOfEarlierReleasesIsRemoved() throws IOException {
        Path old = Files.createDirectories(out.resolve(".jixiao").resolve("state"));
        Files.writeString(old.resolve("0123.tsv"), "META\tjixiao-state-3\ta.xlsx\tx\ty\n");
        new StateStore(out).close();
        assertThat(old).doesNotExist();
    }
}
