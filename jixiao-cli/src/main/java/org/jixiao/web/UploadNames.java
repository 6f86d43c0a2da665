package org.jixiao.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name sent by a browser — a file name, or a relative path from a dropped folder or a zip entry — into a
 * relative path that is safe under a batch's folder on any system: each segment stripped of path separators,
 * drive colons, control and wildcard characters, of "." and ".." and of Windows' device names and trailing dots,
 * at most {@value #MAX_DEPTH} segments of at most {@value #MAX_SEGMENT} characters. A name that leaves nothing is
 * refused (empty). Stateless.
 */
final class UploadNames {

    static final int MAX_DEPTH = 8;
    static final int MAX_SEGMENT = 120;

    /** The extensions a batch folder finds (as {@code jixiao batch FOLDER} does), in lower case. */
    static final List<String> WORKBOOK_EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".et");

    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\x00-\\x1F\\x7F]");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private UploadNames() {
    }

    /**
     * The safe relative path, segments joined by '/', or empty when nothing usable is left. Backslashes count as
     * separators too, as Windows browsers and zip tools write them.
     */
    static Optional<String> safe(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String segment : raw.replace('\\', '/').split("/")) {
            String s = UNSAFE.matcher(segment).replaceAll("_").strip();
            // Windows drops trailing dots and spaces, so "a.xlsx." and "a.xlsx" would be one file there
            s = s.replaceAll("[. ]+$", "");
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                continue;
            }
            if (s.startsWith(".")) {
                // a batch skips hidden files: an upload named .x.xlsx would vanish without a word
                s = "_" + s.substring(1);
            }
            String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
            if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
                s = "_" + s;
            }
            parts.add(shorten(s));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // deep trees keep their last segments: the file name and the folders nearest it say the most
        List<String> kept = parts.size() > MAX_DEPTH ? parts.subList(parts.size() - MAX_DEPTH, parts.size()) : parts;
        return Optional.of(String.join("/", kept));
    }

    /** Keeps the extension when cutting a long segment, so the file is still found as a workbook. */
    private static String shorten(String segment) {
        if (segment.length() <= MAX_SEGMENT) {
            return segment;
        }
        int dot = segment.lastIndexOf('.');
        String extension = dot > 0 && segment.length() - dot <= 8 ? segment.substring(dot) : "";
        return segment.substring(0, MAX_SEGMENT - extension.length()) + extension;
    }

    static boolean isWorkbook(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return WORKBOOK_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** An Office lock file (~$表.xlsx): never a submission, and a batch folder skips it. */
    static boolean isLockFile(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.startsWith("~$");
    }

    /** name with ~2, ~3 … before its extension, as a batch names clashing inputs. */
    static String withSuffix(String name, int n) {
        int dot = name.lastIndexOf('.');
        String suffix = "~" + n;
        return dot > name.lastIndexOf('/') ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    }

    /** root resolved with a safe name, checked once more to lie under root: the last word on traversal. */
    static Path under(Path root, String safeName) {
        Path resolved = root.resolve(safeName).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("path outside the batch folder: " + safeName);
        }
        return resolved;
    }
}
