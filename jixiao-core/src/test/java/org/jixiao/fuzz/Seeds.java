package org.jixiao.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jixiao.Samples;
import org.jixiao.TestSheets;
import org.jixiao.samples.SampleWorkbooks;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The fuzz tests' seeds: every sample workbook, the lean samples re-zipped stored (so that byte mutation reaches
 * their XML), copies written by another producer (LibreOffice 7, committed under producers/), the founding
 * sample with every spreadsheet element namespace-prefixed, and small workbooks written here. For the part
 * target, one seed per base workbook and part: a three-byte header, then the part's own bytes.
 */
final class Seeds {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /**
     * The workbooks the part target edits, chosen by its first byte. Append only: a committed input names its
     * base and part by position.
     */
    static final List<String> BASES = List.of(SampleWorkbooks.CLEAN, SampleWorkbooks.DEPARTMENT,
            SampleWorkbooks.HUALONG, SampleWorkbooks.DEPARTMENT_REFERENCE, "producers/libreoffice-national-project-clean.xlsx");

    /** The parts the part target replaces, chosen by its second byte. Append only, as {@link #BASES}. */
    static final List<String> PARTS = List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
            "xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "_rels/.rels");

    private static final Map<String, byte[]> WORKBOOKS = workbooks();
    private static final List<Map<String, byte[]>> BASE_PARTS = BASES.stream().map(b -> Zips.parts(WORKBOOKS.get(b))).toList();

    private Seeds() {
    }

    /** Whole files, named for JUnit's display. */
    static Stream<Arguments> workbookSeeds() {
        return WORKBOOKS.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getValue())));
    }

    /**
     * Part-target inputs that reproduce each base part unchanged, deflated and stored: every part of every base
     * when fuzzing; in the normal suite, where each seed is a regression test read twice (lean and POI), every
     * part of the first base and the worksheets of the others.
     */
    static Stream<Arguments> partSeeds() {
        return partSeeds(PARTS.size());
    }

    /** The same for the first {@code parts} of {@link #PARTS} only (the slower writer replays the worksheets). */
    static Stream<Arguments> partSeeds(int parts) {
        boolean fuzzing = System.getenv("JAZZER_FUZZ") != null;
        List<Arguments> seeds = new ArrayList<>();
        for (int b = 0; b < BASES.size(); b++) {
            for (int p = 0; p < (fuzzing || b == 0 ? parts : 1); p++) {
                byte[] part = BASE_PARTS.get(b).get(PARTS.get(p));
                if (part != null) {
                    seeds.add(Arguments.of(Named.of(BASES.get(b) + " " + PARTS.get(p), partInput(b, p, (b + p) % 2 == 1, part))));
                }
            }
        }
        byte[] prefixed = prefixed(BASE_PARTS.get(0).get(PARTS.get(0)));
        seeds.add(Arguments.of(Named.of("prefixed " + PARTS.get(0), partInput(0, 0, false, prefixed))));
        return seeds.stream();
    }

    static byte[] partInput(int base, int part, boolean stored, byte[] content) {
        byte[] input = new byte[content.length + 3];
        input[0] = (byte) base;
        input[1] = (byte) part;
        input[2] = (byte) (stored ? 1 : 0);
        System.arraycopy(content, 0, input, 3, content.length);
        return input;
    }

    /** The workbook a part-target input stands for; null when it is too short to say. */
    static byte[] partWorkbook(byte[] input) {
        if (input.length < 3) {
            return null;
        }
        int base = Byte.toUnsignedInt(input[0]) % BASES.size();
        String part = PARTS.get(Byte.toUnsignedInt(input[1]) % PARTS.size());
        byte[] content = java.util.Arrays.copyOfRange(input, 3, input.length);
        return Zips.withPart(BASE_PARTS.get(base), part, content, (input[2] & 1) == 1);
    }

    /** The same XML with every element of the spreadsheet namespace written with an x: prefix. */
    static byte[] prefixed(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8).replace("xmlns=\"" + MAIN + "\"", "xmlns:x=\"" + MAIN + "\"")
                .replaceAll("<(/?)([A-Za-z][A-Za-z0-9]*)(?=[\\s/>])", "<$1x:$2");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> workbooks() {
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Samples.DIR)) {
            for (Path file : files.sorted().toList()) {
                workbooks.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            for (String name : List.of("libreoffice-national-project-clean.xlsx", "libreoffice-department-scoring.xlsx")) {
                try (InputStream in = Seeds.class.getResourceAsStream("producers/" + name)) {
                    workbooks.put("producers/" + name, in.readAllBytes());
                }
            }
            for (String name : List.of(SampleWorkbooks.CLEAN, SampleWorkbooks.DEPARTMENT, SampleWorkbooks.HUALONG)) {
                workbooks.put("stored " + name, Zips.zip(Zips.parts(workbooks.get(name)), true));
            }
            Map<String, byte[]> clean = Zips.parts(workbooks.get(SampleWorkbooks.CLEAN));
            clean.replaceAll((name, bytes) -> name.endsWith(".xml") && !name.startsWith("docProps") ? prefixed(bytes) : bytes);
            workbooks.put("prefixed " + SampleWorkbooks.CLEAN, Zips.zip(clean, true));
            workbooks.putAll(small());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workbooks;
    }

    /** Tiny tables: a few cells, merges, a formula with and without its cached result, and an .xls. */
    private static Map<String, byte[]> small() throws IOException {
        Object[][] table = {
            {"部门整体支出绩效评价表"},
            {"一级指标", "二级指标", "三级指标", "分值", "得分"},
            {"投入", "预算配置", "在职人员控制率", 40, 38.5},
            {null, "预算执行", "执行率≥95%", 30, "=D4*0.9"},
            {"产出", "职责履行", "重点工作完成", 30, 30},
            {"合计", null, null, 100, "=SUM(E3:E5)"},
        };
        Map<String, byte[]> small = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("jixiao-fuzz-seeds");
        try {
            small.put("small cached.xlsx", Files.readAllBytes(TestSheets.xlsx().sheet("表", table, "A3:A4")
                    .evaluateFormulas().save(dir.resolve("a.xlsx"))));
            small.put("small uncached.xlsx", Files.readAllBytes(TestSheets.xlsx().sheet("表", table, "A3:A4")
                    .save(dir.resolve("b.xlsx"))));
            small.put("small.xls", Files.readAllBytes(TestSheets.xls().sheet("表", table, "A3:A4")
                    .evaluateFormulas().save(dir.resolve("c.xls"))));
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
        return small;
    }
}
