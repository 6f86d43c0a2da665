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

    /**
     * Whether LibreOffice can open Word documents: its Writer module is a package of its own
     * ({@code apt-get install libreoffice-writer-nogui}), often missing where only Calc was installed.
     */
    public static boolean writerInstalled() {
        if (!installed()) {
            return false;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path soffice = Path.of(dir, "soffice");
            if (Files.isExecutable(soffice)) {
                try {
                    Path program = soffice.toRealPath().getParent();
                    return Files.exists(program.resolve("libswlo.so")) || Files.exists(program.resolve("swlo.dll"))
                            || Files.exists(program.resolve("libswlo.dylib"));
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The workbook printed to PDF, every sheet as LibreOffice paginates it; the PDF lands in {@code scratch}. */
    public static Path pdf(Path workbook, Path scratch) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://"
                + scratch.resolve("profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", scratch.toString(),
                workbook.toString()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + workbook);
        }
        String name = workbook.getFileName().toString();
        return scratch.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    /**
     * The pages of a PDF and each one's size in points, read from the file itself: every page object's
     * {@code /Type /Page} and the {@code /MediaBox} that LibreOffice writes with it, uncompressed (it writes no
     * object streams), so no PDF library or poppler is needed.
     */
    public static java.util.List<double[]> pdfPages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher page = java.util.regex.Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(text);
        java.util.regex.Pattern box = java.util.regex.Pattern.compile(
                "/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");
        java.util.List<double[]> pages = new java.util.ArrayList<>();
        while (page.find()) {
            // the page's dictionary: back to its "obj", on to its end
            int start = text.lastIndexOf(" obj", page.start());
            int end = text.indexOf("endobj", page.end());
            java.util.regex.Matcher size = box.matcher(text.substring(Math.max(start, 0), end < 0 ? text.length() : end));
            pages.add(size.find() ? new double[] {Double.parseDouble(size.group(1)), Double.parseDouble(size.group(2))}
                    : new double[0]);
        }
        return pages;
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
