package org.jixiao.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import org.jixiao.Samples;
import org.jixiao.samples.SampleWorkbooks;

/** Seeded mutants of the .xlsx samples, for tests outside this package. */
public final class Mutants {

    private static final List<String> XLSX = List.of(SampleWorkbooks.CLEAN, SampleWorkbooks.DEPARTMENT,
            SampleWorkbooks.HUALONG);

    private Mutants() {
    }

    public static byte[] xlsx(Random random) throws IOException {
        String sample = XLSX.get(random.nextInt(XLSX.size()));
        return Mutator.mutate(Files.readAllBytes(Samples.DIR.resolve(sample)), true, random.nextInt(4), random);
    }
}
