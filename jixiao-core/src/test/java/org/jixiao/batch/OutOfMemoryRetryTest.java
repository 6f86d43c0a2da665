package org.jixiao.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jixiao.producers.ProducerCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's OutOfMemoryError never fails another file and never loses the batch: the file is retried alone
 * once the pool has drained; a file that runs out of memory even alone is reported as too large, and the
 * summaries are written either way.
 */
class OutOfMemoryRetryTest {

    @Test
    void aFileThatRanOutOfMemoryIsRetriedAloneAndOneThatAlwaysDoesIsTooLarge(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("in"));
        byte[] good = ProducerCorpus.entry(ProducerCorpus.BASE).bytes();
        for (String name : List.of("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx")) {
            Files.write(inbox.resolve(name), good);
        }
        Map<String, Integer> calls = new ConcurrentHashMap<>();
        List<String> concurrentWithRetry = new CopyOnWriteArrayList<>();
        Set<String> running = ConcurrentHashMap.newKeySet();
        Batch batch = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(2), new ProgressListener() {
            @Override
            public void finished(FileOutcome outcome, int done, int total) {
                running.remove(outcome.name());
            }
        }, name -> {
            int call = calls.merge(name, 1, Integer::sum);
            if (call > 1) {
                // a retry runs alone: nothing else is in flight
                concurrentWithRetry.addAll(running);
            }
            if ((name.equals("b.xlsx") && call == 1) || name.equals("e.xlsx")) {
                throw new OutOfMemoryError("Java heap space");
            }
            running.add(name);
        });
        BatchResult result = batch.run(List.of(inbox.toString()));

        Map<String, FileOutcome> byName = result.outcomes().stream()
                .collect(Collectors.toMap(FileOutcome::name, o -> o));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx");
        assertThat(byName.get("b.xlsx")).as("retried alone and scored").isInstanceOf(FileOutcome.Scored.class);
        assertThat(byName.get("e.xlsx")).isInstanceOfSatisfying(FileOutcome.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("TOO_LARGE");
            assertThat(failed.message()).contains("单独重试后仍无法处理");
        });
        assertThat(result.outcomes()).filteredOn(o -> !o.name().equals("e.xlsx"))
                .allMatch(o -> o instanceof FileOutcome.Scored);
        assertThat(calls).containsEntry("b.xlsx", 2).containsEntry("e.xlsx", 2).containsEntry("a.xlsx", 1);
        assertThat(concurrentWithRetry).as("files in flight while a retry ran").isEmpty();
        assertThat(Files.readAllLines(result.errorsCsv())).hasSize(2).last().asString().startsWith("e.xlsx,TOO_LARGE");
        assertThat(result.summaryCsv()).exists();
        assertThat(result.summaryWorkbook()).exists();
    }

    @Test
    void aMissingClassCostsOneFileNotTheBatch(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("in"));
        byte[] good = ProducerCorpus.entry(ProducerCorpus.BASE).bytes();
        for (String name : List.of("a.xlsx", "b.xlsx", "c.xlsx")) {
            Files.write(inbox.resolve(name), good);
        }
        BatchResult result = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(2), ProgressListener.NONE,
                name -> {
                    if (name.equals("b.xlsx")) {
                        throw new NoClassDefFoundError("org/apache/commons/compress/archivers/zip/ZipFile");
                    }
                }).run(List.of(inbox.toString()));
        Map<String, FileOutcome> byName = result.outcomes().stream()
                .collect(Collectors.toMap(FileOutcome::name, o -> o));
        assertThat(byName.get("a.xlsx")).isInstanceOf(FileOutcome.Scored.class);
        assertThat(byName.get("c.xlsx")).isInstanceOf(FileOutcome.Scored.class);
        assertThat(byName.get("b.xlsx")).isInstanceOfSatisfying(FileOutcome.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("INTERNAL_ERROR");
            assertThat(failed.message()).contains("NoClassDefFoundError");
        });
        assertThat(result.summaryWorkbook()).exists();
    }
}
