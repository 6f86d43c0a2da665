package org.jixiao.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns the batch's INPUT arguments — files, folders (recursive) and globs — into a sorted list of workbooks,
 * each with the name it has under OUTDIR: its path relative to the folder or glob base it was found in (prefixed
 * with that folder's name when several inputs are given), never escaping OUTDIR. Folders and globs find .xlsx,
 * .xlsm, .xls and WPS's .et; templates (.xltx, .xltm) are left out, being the blank form rather than a
 * submission, as are Office lock files (~$…), hidden files and jixiao's own output folder: all of OUTDIR when it
 * lies inside a folder being searched, and when OUTDIR is that folder itself (or holds it) the files jixiao
 * writes there — the summaries, the .jixiao state folder and the copies its state records. A file named on its
 * own is taken whatever its extension. Copies found anywhere else are recognised later by their marker.
 */
final class InputFiles {

    /** One input and its name under OUTDIR, with / separators. */
    record InputFile(Path path, String name, boolean missing) {
    }

    /** The inputs found, and one line per way the output folder was kept out of them. */
    record Found(List<InputFile> files, List<String> notes) {
    }

    /** The names of the files a batch writes at the top of OUTDIR, never read as inputs wherever they are found. */
    static final Set<String> SUMMARY_NAMES = Set.of(Batch.SUMMARY_WORKBOOK, Batch.SUMMARY_CSV, Batch.ERRORS_CSV);
    /** The state folder under OUTDIR. */
    static final String STATE_FOLDER = ".jixiao";

    private InputFiles() {
    }

    /**
     * @param ownOutputs the copies an earlier run recorded under OUTDIR (absolute, normalized), left out without
     *                   being opened
     */
    static Found expand(List<String> args, Path outDir, Set<Path> ownOutputs) {
        Path out = outDir.toAbsolutePath().normalize();
        Map<String, InputFile> byName = new LinkedHashMap<>();
        Set<Path> seen = new HashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        Predicate<Path> ours = file -> isOwnOutput(file, out, ownOutputs);
        boolean prefix = args.size() > 1;
        for (String arg : args) {
            List<InputFile> found = new ArrayList<>();
            Path path = Path.of(arg);
            if (arg.contains("*") || arg.contains("?")) {
                found.addAll(glob(arg, out, ours, notes));
            } else if (Files.isDirectory(path)) {
                String root = prefix ? safe(path.toAbsolutePath().normalize().getFileName()) + "/" : "";
                for (Path file : walk(path, out, ours, notes)) {
                    found.add(new InputFile(file, root + relative(path, file), false));
                }
            } else if (Files.isRegularFile(path)) {
                found.add(new InputFile(path, safe(path.getFileName()), false));
            } else {
                found.add(new InputFile(path, safe(path.getFileName()), true));
            }
            for (InputFile file : found) {
                if (!file.missing() && !seen.add(file.path().toAbsolutePath().normalize())) {
                    continue;
                }
                String name = file.name();
                for (int n = 2; byName.containsKey(name); n++) {
                    name = withSuffix(file.name(), "~" + n);
                }
                byName.put(name, new InputFile(file.path(), name, file.missing()));
            }
        }
        List<InputFile> files = new ArrayList<>(byName.values());
        files.sort((a, b) -> a.name().compareTo(b.name()));
        return new Found(files, List.copyOf(notes));
    }

    /** A file jixiao wrote into OUTDIR: a summary at its top, anything in its state folder, a recorded copy. */
    private static boolean isOwnOutput(Path file, Path out, Set<Path> ownOutputs) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(out)) {
            return false;
        }
        Path parent = absolute.getParent();
        return ownOutputs.contains(absolute) || absolute.startsWith(out.resolve(STATE_FOLDER))
                || (out.equals(parent) && SUMMARY_NAMES.contains(String.valueOf(absolute.getFileName())));
    }

    private static List<InputFile> glob(String pattern, Path out, Predicate<Path> ours, Set<String> notes) {
        String normalized = pattern.replace('\\', '/');
        int wildcard = Math.min(index(normalized, '*'), index(normalized, '?'));
        int slash = normalized.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of("") : Path.of(normalized.substring(0, slash + 1));
        String rest = normalized.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<InputFile> found = new ArrayList<>();
        Path root = base.toString().isEmpty() ? Path.of(".") : base;
        if (!Files.isDirectory(root)) {
            return found;
        }
        for (Path file : walk(root, out, ours, notes)) {
            Path rel = root.relativize(file);
            if (matcher.matches(rel) || matcher.matches(rel.getFileName())) {
                found.add(new InputFile(file, relative(root, file), false));
            }
        }
        return found;
    }

    private static int index(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * The workbooks under dir. OUTDIR inside dir is left out whole; OUTDIR equal to dir or holding it cannot be,
     * as the submissions are there too, so only jixiao's own files in it are ({@code ours}).
     */
    private static List<Path> walk(Path dir, Path out, Predicate<Path> ours, Set<String> notes) {
        Path root = dir.toAbsolutePath().normalize();
        boolean outInside = out.startsWith(root) && !out.equals(root);
        if (outInside) {
            notes.add("输出文件夹在输入文件夹内，已排除：" + out + " / output folder excluded from the inputs");
        } else if (root.startsWith(out)) {
            notes.add((root.equals(out) ? "输出文件夹即输入文件夹" : "输入文件夹在输出文件夹内") + "：" + out
                    + " 中 jixiao 写出的文件（汇总、副本、.jixiao）不作为输入 / jixiao's own files in the output folder"
                    + " are not read as inputs");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !(outInside && p.toAbsolutePath().normalize().startsWith(out)))
                    .filter(InputFiles::isWorkbookName).filter(ours.negate()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extensions folders and globs find. */
    private static final List<String> WORKBOOK_EXTENSIONS = List.of(".xlsx", ".xlsm", ".xls", ".et");

    private static boolean isWorkbookName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return WORKBOOK_EXTENSIONS.stream().anyMatch(lower::endsWith) && !name.startsWith("~$") && !name.startsWith(".");
    }

    /**
     * The filled copy's name under OUTDIR: the input's own name when its extension is the content's, else that
     * name with the content's extension added (a WPS 表.et holding an .xlsx → 表.et.xlsx, an .xlsx misnamed 表.xls
     * → 表.xls.xlsx), so the copy opens in Excel and no two inputs' copies share a name; on the rare clash with
     * another input's name, ~2, ~3 … is added as for inputs.
     *
     * @param names every input name of the batch
     */
    static String outputName(String name, String extension, Set<String> names) {
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return name;
        }
        String output = name + "." + extension;
        for (int n = 2; names.contains(output); n++) {
            output = withSuffix(name + "." + extension, "~" + n);
        }
        return output;
    }

    /**
     * The copy's name when {@link #outputName} would land on one of the run's inputs, which happens when OUTDIR
     * is an input folder: NAME.scored.EXT, as {@code jixiao score} names its copy, so no input is ever written
     * over and the copy is told apart by name as well as by its marker.
     *
     * @param inputs every input file of the batch, absolute and normalized
     */
    static String besideInputs(String output, Path outDir, Set<Path> inputs) {
        if (!inputs.contains(outDir.resolve(output).toAbsolutePath().normalize())) {
            return output;
        }
        String scored = withSuffix(output, ".scored");
        for (int n = 2; inputs.contains(outDir.resolve(scored).toAbsolutePath().normalize()); n++) {
            scored = withSuffix(output, ".scored~" + n);
        }
        return scored;
    }

    /** The path below root with / separators; a name cannot contain .. or a drive, so it stays inside OUTDIR. */
    private static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())) {
            parts.add(safe(part));
        }
        return String.join("/", parts);
    }

    /** Characters no file name may hold on Windows (and / anywhere): compiled once, not for every input. */
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[\\\\/:*?\"<>|\\x00-\\x1F]");

    private static String safe(Path name) {
        String s = name == null ? "input" : name.toString();
        s = UNSAFE.matcher(s).replaceAll("_");
        return s.equals("..") || s.equals(".") || s.isBlank() ? "_" : s;
    }

    private static String withSuffix(String name, String suffix) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
    }
}
