package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.batch.Batch;
import org.jixiao.batch.BatchOptions;
import org.jixiao.batch.BatchResult;
import org.jixiao.batch.ProgressListener;
import org.jixiao.read.SourceWorkbook;
import org.jixiao.samples.SampleWorkbooks;
import org.jixiao.write.WorkbookFiller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reviewer gets from the printer, where LibreOffice is installed ({@code apt-get install
 * libreoffice-calc-nogui}): the founding workbook's scored copy and the 汇总.xlsx of the three department samples
 * each print on at most five A4 pages (before the page setups, 9 and 14). Pages are counted in the PDF itself
 * ({@link LibreOffice#pdfPages}), so the test needs no PDF tool. Skipped on machines without LibreOffice.
 */
class PrintedPagesTest {

    /** A4 in PDF points, either way up, within LibreOffice's rounding. */
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    private static final int MOST_PAGES = 5;

    @TempDir
    Path dir;

    @Test
    void theFoundingWorkbooksScoredCopyPrintsOnAtMostFiveA4Pages() throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice (soffice) not installed: the page count needs its layout");
        SourceWorkbook source = Samples.read(SampleWorkbooks.HUALONG);
        Path copy = dir.resolve("hualong.scored.xlsx");
        new WorkbookFiller().fill(source, Samples.score(source), copy);
        assertA4PagesAtMost(LibreOffice.pdf(copy, Files.createDirectories(dir.resolve("pdf"))), MOST_PAGES);
    }

    @Test
    void theSummaryOfTheThreeDepartmentSamplesPrintsOnAtMostFiveA4Pages() throws IOException, InterruptedException {
        assumeTrue(LibreOffice.installed(), "LibreOffice (soffice) not installed: the page count needs its layout");
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> samples = List.of(SampleWorkbooks.DEPARTMENT, SampleWorkbooks.DEPARTMENT_REFERENCE,
                SampleWorkbooks.HUALONG);
        for (String name : samples) {
            Files.copy(Samples.DIR.resolve(name), in.resolve(name));
        }
        BatchResult result = new Batch(BatchOptions.of(dir.resolve("out")).withThreads(1), ProgressListener.NONE)
                .run(List.of(in.toString()));
        assertThat(result.rows()).hasSize(samples.size());
        assertA4PagesAtMost(LibreOffice.pdf(result.summaryWorkbook(), Files.createDirectories(dir.resolve("pdf"))),
                MOST_PAGES);
    }

    private static void assertA4PagesAtMost(Path pdf, int most) throws IOException {
        List<double[]> pages = LibreOffice.pdfPages(pdf);
        assertThat(pages).as(pdf.getFileName() + " pages").isNotEmpty().hasSizeLessThanOrEqualTo(most);
        for (double[] size : pages) {
            assertThat(size).hasSize(2);
            double shorter = Math.min(size[0], size[1]);
            double longer = Math.max(size[0], size[1]);
            assertThat(shorter).as("A4's short side").isCloseTo(A4_SHORT, org.assertj.core.data.Offset.offset(1.0));
            assertThat(longer).as("A4's long side").isCloseTo(A4_LONG, org.assertj.core.data.Offset.offset(1.0));
        }
    }
}
