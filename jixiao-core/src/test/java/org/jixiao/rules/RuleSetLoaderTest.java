package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.RuleSetFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void builtInsLoadAndTheNationalOneIsTheDefault() {
        assertThat(BuiltInRuleSets.names()).containsExactly("national-project-2020", "department-overall-reference");
        RuleSet national = BuiltInRuleSets.national();
        assertThat(national.rows()).singleElement().satisfies(r -> assertThat(r.rule()).isEqualTo(new Rule.National()));
        assertThat(national.settings()).isEqualTo(Settings.DEFAULTS);
        assertThat(national.grades()).isEqualTo(GradeScale.NATIONAL);
        assertThat(new org.jixiao.score.Scorer().rules()).isSameAs(national);
        RuleSet department = BuiltInRuleSets.find("department-overall-reference").orElseThrow();
        assertThat(department.subtotals()).extracting(r -> r.levelKey(), r -> r.weight().orElseThrow().intValue())
                .containsExactly(tuple("投入", 20), tuple("过程", 35), tuple("产出", 25), tuple("效果", 20));
    }

    @Test
    void exportedCopyLoadsWithTheSameHashAndHasABom() throws IOException {
        for (String name : BuiltInRuleSets.names()) {
            Path dir = tmp.resolve(name);
            List<Path> files = BuiltInRuleSets.export(name, dir);
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("指标规则.csv", "等级.csv", "设置.csv", "测试.csv");
            assertThat(Files.readAllBytes(files.get(0))).startsWith(0xEF, 0xBB, 0xBF);
            RuleSetLoad load = RuleSetLoader.load(dir);
            assertThat(load.errors()).isEmpty();
            assertThat(load.ruleSet().orElseThrow().sha256()).isEqualTo(BuiltInRuleSets.find(name).orElseThrow().sha256());
        }
    }

    @Test
    void gbkUtf8WithAndWithoutBomAndUtf16AllLoadTheSameRules() throws IOException {
        Path source = tmp.resolve("source");
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, source);
        String expected = BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().sha256();
        for (String encoding : List.of("GBK", "GB18030", "UTF-8", "UTF-16LE-BOM")) {
            Path dir = Files.createDirectories(tmp.resolve(encoding));
            for (String table : List.of("指标规则.csv", "等级.csv", "设置.csv")) {
                String text = Files.readString(source.resolve(table), StandardCharsets.UTF_8).replace("\uFEFF", "");
                byte[] bytes = encoding.equals("UTF-16LE-BOM")
                        ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)
                        : text.getBytes(Charset.forName(encoding));
                Files.write(dir.resolve(table), bytes);
            }
            RuleSetLoad load = RuleSetLoader.load(dir);
            assertThat(load.errors()).as(encoding).isEmpty();
            assertThat(load.ruleSet().orElseThrow().sha256()).as(encoding).isEqualTo(expected);
            if (encoding.startsWith("GB")) {
                assertThat(load.notes()).anyMatch(n -> n.contains("GBK"));
            }
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedWithHowToSave() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Files.write(dir.resolve("指标规则.csv"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0x41, (byte) 0xFF});
        RuleSetLoad load = RuleSetLoader.load(dir);
        assertThat(load.isValid()).isFalse();
        assertThat(load.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(RuleSetError.Code.ENCODING);
            assertThat(e.message()).contains("CSV UTF-8");
        });
    }

    @Test
    void aWorkbookWithThreeSheetsIsTheSameRuleSet() throws IOException {
        Path csv = tmp.resolve("csv");
        BuiltInRuleSets.export(BuiltInRuleSets.DEPARTMENT, csv);
        Path xlsx = tmp.resolve("rules.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            for (String table : List.of("指标规则", "等级", "设置")) {
                Sheet sheet = workbook.createSheet(table);
                List<String> lines = Files.readAllLines(csv.resolve(table + ".csv"), StandardCharsets.UTF_8);
                for (int r = 0; r < lines.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = parseCsvLine(lines.get(r).replace("\uFEFF", ""));
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
        }
        RuleSetLoad load = RuleSetLoader.load(xlsx);
        assertThat(load.errors()).isEmpty();
        assertThat(load.ruleSet().orElseThrow().sha256())
                .isEqualTo(BuiltInRuleSets.find(BuiltInRuleSets.DEPARTMENT).orElseThrow().sha256());
    }

    private static List<String> parseCsvLine(String line) throws IOException {
        try (var parser = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.getRecords().get(0).toList();
        }
    }

    @Test
    void tenPlantedMistakesAreAllReportedWithLineAndColumn() {
        String rules = """
                A1,投入,,,20,小计,,
                A2,投入,目标设定,合理性,12,定性分档,,
                A3,投入,预算配置,控制率,5,扣份,阈值=100%,
                A4,投入,预算配置,变动率,5,分档,"档位=[0,10%]:5|[5%,20%]:3",
                A5,过程,预算执行,调整率,5,分档,"档位=[0,10%):5|(10%,20%]:3",
                A6,过程,预算执行,完成率,-3,比率,,
                A6,过程,预算执行,支付进度,3,每次扣分,扣分=半分,
                A8,过程,预算管理,合规性,3,比率,颜色=红,
                A9,过程,预算管理,公开性,三,是否,,
                """;
        String grades = "等级,区间\n优,\"[90,100]\"\n良,\"[80,89)\"\n中,\"[60,80)\"\n差,\"[0,60)\"\n";
        String settings = "设置项,值\n小数位数,二\n";
        RuleSetLoad load = RuleSetFixtures.load(tmp.resolve("ten"), rules, grades, settings);
        assertThat(load.isValid()).isFalse();
        assertThat(load.errors()).extracting(RuleSetError::code, RuleSetError::line, RuleSetError::column)
                .containsExactlyInAnyOrder(
                        tuple(RuleSetError.Code.UNKNOWN_RULE_TYPE, 4, "规则类型"),
                        tuple(RuleSetError.Code.TIERS_OVERLAP, 5, "参数"),
                        tuple(RuleSetError.Code.TIERS_GAP, 6, "参数"),
                        tuple(RuleSetError.Code.WEIGHT_NOT_POSITIVE, 7, "分值"),
                        tuple(RuleSetError.Code.BAD_NUMBER, 8, "参数"),
                        tuple(RuleSetError.Code.DUPLICATE_CODE, 8, "编码"),
                        tuple(RuleSetError.Code.UNKNOWN_PARAMETER, 9, "参数"),
                        tuple(RuleSetError.Code.BAD_NUMBER, 10, "分值"),
                        tuple(RuleSetError.Code.GRADES_GAP, 0, "区间"),
                        tuple(RuleSetError.Code.BAD_SETTING, 2, "值"));
        assertThat(load.errors()).filteredOn(e -> e.code() == RuleSetError.Code.UNKNOWN_RULE_TYPE).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("扣分"));
        assertThat(load.errors()).filteredOn(e -> e.code() == RuleSetError.Code.TIERS_OVERLAP).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("[0%,10%]").contains("[5%,20%]"));
        assertThat(load.errors()).filteredOn(e -> e.code() == RuleSetError.Code.GRADES_GAP).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("[80,89)").contains("[90,100]"));
        assertThat(load.errors()).allSatisfy(e -> assertThat(e.toString()).contains(e.file()));
    }

    @Test
    void subtotalsAndTotalsAreChecked() {
        String rules = """
                ,投入,,,30,小计,,
                ,产出,,,60,小计,,
                ,投入,a,x,10,比率,,
                ,投入,a,y,10,比率,,
                ,产出,b,z,60,比率,,
                """;
        RuleSetLoad load = RuleSetFixtures.load(tmp.resolve("sub"), rules, null, null);
        assertThat(load.errors()).extracting(RuleSetError::code, RuleSetError::line).containsExactlyInAnyOrder(
                tuple(RuleSetError.Code.SUBTOTAL_MISMATCH, 2), tuple(RuleSetError.Code.TOTAL_MISMATCH, 0));
    }

    @Test
    void unknownColumnsAndSettingsAndMissingTablesAreNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cols"));
        Files.writeString(dir.resolve("rules.csv"), "code,level1,type,colour\n,*,national,red\n");
        Files.writeString(dir.resolve("settings.csv"), "setting,value\nspeed,fast\n");
        RuleSetLoad load = RuleSetLoader.load(dir);
        assertThat(load.errors()).extracting(RuleSetError::code).containsExactlyInAnyOrder(
                RuleSetError.Code.UNKNOWN_COLUMN, RuleSetError.Code.UNKNOWN_SETTING);
        RuleSetLoad empty = RuleSetLoader.load(Files.createDirectories(tmp.resolve("empty")));
        assertThat(empty.errors()).extracting(RuleSetError::code).containsExactly(RuleSetError.Code.MISSING_TABLE);
    }

    @Test
    void nearestTypeNameIsSuggested() {
        assertThat(RuleType.nearest("分挡")).isEqualTo("分档");
        assertThat(RuleType.nearest("proportionl")).isEqualTo("proportional");
        assertThat(RuleType.find("PROPORTIONAL")).contains(RuleType.PROPORTIONAL);
    }
}
