package org.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks an uploaded .zip of a folder: its workbooks go into the batch under their paths in the archive (less
 * the one folder everything is in, as {@code jixiao batch FOLDER} names files relative to FOLDER); other files
 * are left out and listed. Every entry's name passes {@link UploadNames}, every byte is counted as it is inflated
 * against the per-file and per-batch limits (the sizes an archive declares are not trusted), so a zip bomb or a
 * name like ../../x stops at the limit or at the folder's edge. Stateless.
 */
final class ZipUploads {

    /** Windows' own "send to compressed folder" writes names in the system code page, GBK on Chinese Windows. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    private ZipUploads() {
    }

    static WebBatch.Upload extract(Path zip, String zipName, WebBatch batch) throws IOException {
        List<WebBatch.Accepted> accepted = new ArrayList<>();
        List<WebBatch.Rejected> rejected = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Optional<ZipFile> opened = open(zip);
        if (opened.isEmpty()) {
            WebBatch.Rejected refused = new WebBatch.Rejected(zipName, "CORRUPT", zipName
                    + ": 压缩包已损坏或不是 zip 格式，无法解压 (CORRUPT: not a readable zip archive)");
            batch.reject(refused);
            return new WebBatch.Upload(accepted, List.of(refused), ignored);
        }
        try (ZipFile file = opened.get()) {
            List<ZipEntry> workbooks = new ArrayList<>();
            List<String> safeNames = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String raw = entry.getName();
                Optional<String> safe = UploadNames.safe(raw);
                // macOS puts resource forks under __MACOSX/ and ._NAME; they are not the user's files
                boolean system = raw.startsWith("__MACOSX/") || raw.contains("/._") || raw.startsWith("._");
                if (safe.isEmpty() || system || !UploadNames.isWorkbook(safe.get())
                        || UploadNames.isLockFile(safe.get())) {
                    if (!system && safe.isPresent()) {
                        ignored.add(zipName + "/" + safe.get());
                    }
                    continue;
                }
                workbooks.add(entry);
                safeNames.add(safe.get());
            }
            String root = commonFolder(safeNames);
            for (int i = 0; i < workbooks.size(); i++) {
                String name = safeNames.get(i).substring(root.length());
                Path part = batch.staging().resolve(Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
                long written;
                try (InputStream in = file.getInputStream(workbooks.get(i))) {
                    written = batch.copyLimited(in, part, name);
                } catch (ZipException e) {
                    WebBatch.Rejected refused = new WebBatch.Rejected(name, "CORRUPT", name + ": 压缩包中的该文件已损坏，"
                            + "无法解压 (CORRUPT: " + e.getMessage() + ")");
                    batch.reject(refused);
                    rejected.add(refused);
                    continue;
                }
                try {
                    accepted.add(new WebBatch.Accepted(batch.commit(part, name), written));
                } finally {
                    if (Files.deleteIfExists(part)) {
                        batch.release(written);
                    }
                }
            }
        }
        return new WebBatch.Upload(accepted, rejected, ignored);
    }

    /** "材料/" when every name lies in the folder 材料, else "". */
    static String commonFolder(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String first = names.get(0);
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return names.stream().allMatch(n -> n.startsWith(folder) && n.length() > folder.length()) ? folder : "";
    }

    /**
     * Unpacks a zipped rule set folder into target and returns the folder holding its tables (the archive's
     * top, or the one folder everything is in), or the one workbook it holds.
     */
    static Path extractRules(Path zip, Path target, long maxBytes) throws IOException {
        Optional<ZipFile> opened = open(zip);
        if (opened.isEmpty()) {
            throw WebError.badRequest("规则集压缩包已损坏或不是 zip 格式 / the rule set archive is not a readable zip");
        }
        Files.createDirectories(target);
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ZipFile file = opened.get()) {
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Optional<String> safe = UploadNames.safe(entry.getName());
                String lower = safe.orElse("").toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || safe.isEmpty() || entry.getName().startsWith("__MACOSX/")
                        || !(lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".xls"))) {
                    continue;
                }
                Path out = UploadNames.under(target, safe.get());
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    total += copyAtMost(in, out, maxBytes - total);
                }
                names.add(safe.get());
            }
        }
        String root = commonFolder(names);
        List<String> inRoot = names.stream().map(n -> n.substring(root.length())).filter(n -> !n.contains("/")).toList();
        if (inRoot.size() == 1 && !inRoot.get(0).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return target.resolve(root + inRoot.get(0));
        }
        return root.isEmpty() ? target : target.resolve(root.substring(0, root.length() - 1));
    }

    private static long copyAtMost(InputStream in, Path out, long limit) throws IOException {
        long written = 0;
        try (var stream = Files.newOutputStream(out)) {
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > limit) {
                    throw WebError.tooLarge("TOO_LARGE", "规则集解压后超过大小上限 / the rule set is too large unpacked");
                }
                stream.write(buffer, 0, n);
            }
        }
        return written;
    }

    /** Opens with UTF-8 names, or GB18030 where the names are not UTF-8; empty when it is no zip at all. */
    private static Optional<ZipFile> open(Path zip) {
        try {
            return Optional.of(new ZipFile(zip.toFile(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            try {
                return Optional.of(new ZipFile(zip.toFile(), CHINESE_WINDOWS));
            } catch (IOException | IllegalArgumentException again) {
                return Optional.empty();
            }
        }
    }
}
