package org.jixiao;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
