package org.jixiao;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** LibreOffice headless, where installed ({@code apt-get install libreoffice-calc-nogui}), as an independent reader. */
public final class LibreOffice {

    private LibreOffice() {
    }

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /** The first sheet of a workbook as LibreOffice shows it, as UTF-8 CSV of the formatted values. */
    public static String firstSheetAsCsv(Path workbook, Path scratch) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://"
                + scratch.resolve("profile").toAbsolutePath(), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", scratch.toString(), workbook.toString()).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + workbook);
        }
        String name = workbook.getFileName().toString();
        return Files.readString(scratch.resolve(name.substring(0, name.lastIndexOf('.')) + ".csv"),
                StandardCharsets.UTF_8);
    }

    /**
     * The first sheet of each workbook as UTF-8 CSV, converted in one LibreOffice start (a start costs seconds);
     * a workbook LibreOffice could not open has no entry. The names must differ without their extensions.
     */
    public static Map<Path, String> firstSheetsAsCsv(List<Path> workbooks, Path scratch)
            throws IOException, InterruptedException {
        Path out = Files.createDirectories(scratch.resolve("csv"));
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                + scratch.resolve("profile").toAbsolutePath(), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", out.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + workbooks.size() + " workbooks");
        }
        Map<Path, String> csv = new LinkedHashMap<>();
        for (Path workbook : workbooks) {
            String name = workbook.getFileName().toString();
            Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".csv");
            if (Files.exists(converted)) {
                csv.put(workbook, Files.readString(converted, StandardCharsets.UTF_8));
            }
        }
        return csv;
    }
}
