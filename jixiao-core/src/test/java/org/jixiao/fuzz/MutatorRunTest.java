package org.jixiao.fuzz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * The home-made {@link Mutator} on the lean reader's property ({@link Checks#leanReadsAsPoi}) for a fixed time,
 * to compare it with Jazzer: distinct NotLean and failure reasons ({@link Stats}), distinct findings, and the
 * mutants kept for a coverage replay. Runs only when asked:
 * {@code mvn -B -ntp test -Dtest=MutatorRunTest -Djixiao.fuzz.mutator.seconds=120 -Djixiao.fuzz.stats=FILE
 * -Djixiao.fuzz.mutator.out=DIR}.
 */
class MutatorRunTest {

    private static final List<String> SEEDS = List.of(SampleWorkbooks.CLEAN, SampleWorkbooks.LENIENT_XLS,
            SampleWorkbooks.DEPARTMENT, SampleWorkbooks.HUALONG);

    @Test
    void mutateForAWhile() throws IOException {
        Integer seconds = Integer.getInteger("jixiao.fuzz.mutator.seconds");
        assumeTrue(seconds != null, "set -Djixiao.fuzz.mutator.seconds to run");
        String out = System.getProperty("jixiao.fuzz.mutator.out");
        Path dir = out == null ? null : Files.createDirectories(Path.of(out));
        Random random = new Random(Long.getLong("jixiao.fuzz.seed", 20221231L));
        Set<String> findings = new TreeSet<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int i = 0;
        for (; System.nanoTime() < end; i++) {
            String sample = SEEDS.get(random.nextInt(SEEDS.size()));
            byte[] mutant = Mutator.mutate(Files.readAllBytes(Samples.DIR.resolve(sample)), sample.endsWith(".xlsx"),
                    random.nextInt(4), random);
            if (dir != null) {
                Files.write(dir.resolve("m" + i), mutant);
            }
            try {
                Checks.leanReadsAsPoi(mutant);
            } catch (AssertionError | RuntimeException e) {
                String finding = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
                if (findings.add(finding)) {
                    Path kept = Files.createDirectories(Path.of("target", "fuzz-findings"));
                    Files.write(kept.resolve("mutant" + i), mutant);
                    System.out.println("mutant " + i + ": " + String.valueOf(e.getMessage()).strip());
                }
            }
        }
        System.out.println("mutants " + i + ", distinct findings " + findings.size());
        findings.forEach(f -> System.out.println("  finding: " + f));
    }
}
