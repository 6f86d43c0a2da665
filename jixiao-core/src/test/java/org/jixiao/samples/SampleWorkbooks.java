package org.jixiao.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the committed files of sample-workbooks/ in code, so that each can be regenerated and each expected
 * number in the tests is traceable to a figure written here. The expected scores are worked out by hand in
 * the comments and in SampleWorkbooksTest, never by the scorer.
 */
public final class SampleWorkbooks {

    public static final String CLEAN = "national-project-clean.xlsx";
    public static final String LENIENT = "national-project-lenient.xlsx";
    public static final String LENIENT_XLS = "national-project-lenient.xls";
    public static final String DEPARTMENT = "department-scoring.xlsx";
    public static final String HUALONG = "hualong-2022-department.xlsx";
    public static final String DEPARTMENT_REFERENCE = "department-overall-reference.xlsx";
    public static final String MALFORMED = "malformed-truncated.xlsx";

    private SampleWorkbooks() {
    }

    /** Regenerates every sample into dir. */
    public static List<Path> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(save(dir.resolve(CLEAN), () -> nationalProject(new XSSFWorkbook(), NationalSheets.clean())));
        written.add(save(dir.resolve(LENIENT), () -> nationalProject(new XSSFWorkbook(), NationalSheets.lenient())));
        written.add(save(dir.resolve(LENIENT_XLS), () -> nationalProject(new HSSFWorkbook(), NationalSheets.lenient())));
        written.add(save(dir.resolve(DEPARTMENT), () -> DepartmentSheets.scoring(new XSSFWorkbook())));
        written.add(save(dir.resolve(DEPARTMENT_REFERENCE), () -> DepartmentSheets.reference(new XSSFWorkbook())));
        written.add(save(dir.resolve(HUALONG), () -> nationalProject(new XSSFWorkbook(), NationalSheets.hualong())));
        byte[] clean = Files.readAllBytes(dir.resolve(CLEAN));
        Path malformed = dir.resolve(MALFORMED);
        Files.write(malformed, java.util.Arrays.copyOf(clean, clean.length / 2));
        written.add(malformed);
        return written;
    }

    /**
     * A national project sheet like the clean sample with another 全年执行数 (of 220) and 培训人次 (target 500,
     * 分值 8), blank submitted scores for those two rows; every other row scores as in the clean sample, 79.53 in all.
     */
    public static void writeProjectVariant(Path file, double executed, int trained) throws IOException {
        save(file, () -> nationalProject(new XSSFWorkbook(), NationalSheets.project(executed, trained, null, null, null,
                null)));
    }

    /** The Hubei/Yunnan layout whose indicator rows print no 分值 (budget 20, rows 80 as submitted, 100 in all). */
    public static void writeUnweighted(Path file) throws IOException {
        save(file, () -> nationalProject(new XSSFWorkbook(), NationalSheets.unweighted()));
    }

    /** The same layout with weights only in level labels such as 产出指标(60分) (93.45 in all). */
    public static void writeLabelWeighted(Path file) throws IOException {
        save(file, () -> nationalProject(new XSSFWorkbook(), NationalSheets.labelWeighted()));
    }

    /**
     * One workbook holding the department reference table (sheet 评分表, 82.10 under its reference set) and the
     * clean national project table (sheet 附件1, 96.55 under the national rules), for a choice per sheet.
     */
    public static void writeMixed(Path file) throws IOException {
        save(file, () -> nationalProject(DepartmentSheets.reference(new XSSFWorkbook()), NationalSheets.clean()));
    }

    static Workbook nationalProject(Workbook workbook, NationalSheets.Spec spec) {
        if (workbook instanceof HSSFWorkbook hssf) {
            hssf.createInformationProperties();
        }
        NationalSheets.write(workbook, spec);
        return workbook;
    }

    private static Path save(Path file, Supplier<Workbook> build) throws IOException {
        try (Workbook workbook = build.get(); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    /** {@code mvn -q test-compile exec:java} is not needed: run the test with -Djixiao.regenerateSamples=true. */
    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "sample-workbooks")).forEach(System.out::println);
    }
}
