package org.jixiao.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Makes a mutant of a valid workbook: flipped or cut bytes, edited XML inside the zip, or — through POI —
 * changed cell values and types, merged regions and sheet order. Deterministic for a given Random.
 */
final class Mutator {

    private static final String[] VALUES = {"", "—", "≥", "≥abc", "1e308", "-1e308", "NaN", "100%%", "9999999999999999",
        "=1/0", "＜＝０", "三级指标", "得分", "总分", "(", "产出指标（50分", "１２３", "-0", "0.0000001", "1,2,3"};

    private Mutator() {
    }

    static String describe(int kind) {
        return switch (kind) {
            case 0 -> "flip bytes";
            case 1 -> "truncate";
            case 2 -> "edit XML in zip";
            default -> "edit cells, merges, sheet order";
        };
    }

    static byte[] mutate(byte[] original, boolean ooxml, int kind, Random random) throws IOException {
        return switch (kind) {
            case 0 -> flip(original, random);
            case 1 -> Arrays.copyOf(original, random.nextInt(Math.max(1, original.length)));
            case 2 -> ooxml ? editXml(original, random) : flip(original, random);
            default -> editCells(original, random);
        };
    }

    private static byte[] flip(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bytes;
    }

    private static byte[] editXml(byte[] original, Random random) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                contents.add(zip.readAllBytes());
            }
        }
        int target = random.nextInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).contains("sheet1.xml") || names.get(i).contains("sharedStrings")) {
                target = random.nextBoolean() ? i : target;
            }
        }
        String xml = new String(contents.get(target), StandardCharsets.UTF_8);
        int at = random.nextInt(Math.max(1, xml.length()));
        int length = Math.min(xml.length() - at, 1 + random.nextInt(60));
        xml = switch (random.nextInt(4)) {
            case 0 -> xml.substring(0, at) + xml.substring(at + length);
            case 1 -> xml.substring(0, at) + xml.substring(at, at + length) + xml.substring(at);
            case 2 -> xml.replaceAll("\"[0-9]+\"", "\"" + random.nextInt(100000) + "\"");
            default -> xml.substring(0, at) + "<x>&amp;\u0000<" + xml.substring(at);
        };
        contents.set(target, xml.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] editCells(byte[] original, Random random) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(original))) {
            Sheet sheet = workbook.getSheetAt(0);
            int edits = 1 + random.nextInt(15);
            for (int i = 0; i < edits; i++) {
                int r = random.nextInt(Math.max(1, sheet.getLastRowNum() + 2));
                int c = random.nextInt(12);
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                Cell cell = row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                switch (random.nextInt(5)) {
                    case 0 -> cell.setCellValue(VALUES[random.nextInt(VALUES.length)]);
                    case 1 -> cell.setCellValue(random.nextGaussian() * 1e6);
                    case 2 -> cell.setBlank();
                    case 3 -> {
                        try {
                            cell.setCellFormula(random.nextBoolean() ? "1/0" : "SUM(A1:A3)+A1");
                        } catch (RuntimeException e) {
                            cell.setCellValue("=?");
                        }
                    }
                    default -> cell.setCellValue(random.nextBoolean());
                }
            }
            if (random.nextBoolean() && sheet.getNumMergedRegions() > 0) {
                sheet.removeMergedRegion(random.nextInt(sheet.getNumMergedRegions()));
            }
            if (random.nextBoolean()) {
                int r = random.nextInt(30);
                try {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r + random.nextInt(5), random.nextInt(6),
                            6 + random.nextInt(3)));
                } catch (RuntimeException ignored) {
                    // an invalid region is simply not added
                }
            }
            if (workbook.getNumberOfSheets() > 1 || random.nextBoolean()) {
                workbook.createSheet("插入" + random.nextInt(1000));
                workbook.setSheetOrder(workbook.getSheetName(workbook.getNumberOfSheets() - 1), 0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
