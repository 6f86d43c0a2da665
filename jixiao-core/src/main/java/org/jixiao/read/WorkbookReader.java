package org.jixiao.read;

import org.jixiao.model.FailureReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.model.Evaluation;
import org.jixiao.xlsx.LeanWorkbook;
import org.jixiao.xlsx.NotLean;
import org.jixiao.xlsx.SheetXml;
import org.jixiao.xlsx.XlsxPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads .xlsx, .xlsm and .xls 绩效自评表 workbooks into {@link Evaluation}s, whatever their file name says (a WPS
 * .et holding either is read as such). The real file type is sniffed from the bytes first; every way a file can
 * fail to be a readable evaluation workbook comes back as a {@link ReadFailure} value, never as an exception. The
 * file is read once into memory and never written. Immutable and thread-safe: one reader may serve a whole
 * parallel batch.
 */
public final class WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookReader.class);

    /** The sheets jixiao adds to filled copies; they are never evaluation tables. */
    private static final java.util.Set<String> OWN_SHEETS = java.util.Set.of("评分说明", "审核意见");

    private final ReadOptions options;

    public WorkbookReader() {
        this(ReadOptions.DEFAULTS);
    }

    public WorkbookReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reads one workbook. Never throws for a bad file: the outcome says what went wrong. */
    public ReadOutcome read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return new ReadFailure(file, FailureReason.TOO_LARGE, size + " bytes > " + options.maxFileBytes());
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ReadFailure(file, FailureReason.NOT_FOUND, "");
        } catch (IOException e) {
            return new ReadFailure(file, FailureReason.IO_ERROR, String.valueOf(e.getMessage()));
        }
        return read(file, bytes);
    }

    /**
     * Reads a workbook whose bytes the caller already holds (a batch that hashed them first), so the file is
     * read from disk once. Never throws for bad content; an {@link OutOfMemoryError} propagates, since this file
     * or another thread may have used the memory.
     */
    public ReadOutcome read(Path file, byte[] content) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        if (content.length > options.maxFileBytes()) {
            return new ReadFailure(file, FailureReason.TOO_LARGE, content.length + " bytes > " + options.maxFileBytes());
        }
        ReadOutcome outcome;
        try {
            outcome = parse(file, content);
        } catch (PoiMemory.TooLarge e) {
            outcome = new ReadFailure(file, FailureReason.TOO_LARGE, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new ReadFailure(file, FailureReason.IO_ERROR, "interrupted while waiting for memory");
        } catch (RuntimeException | IOException e) {
            // an OutOfMemoryError is not classified: this file or another thread may have used the memory, and
            // only the caller (a batch retrying the file alone) can tell which
            LOG.debug("failed to read {}", file, e);
            outcome = classify(file, e);
        }
        return outcome instanceof ReadFailure failure ? wpsNative(failure) : outcome;
    }

    /**
     * An .et whose bytes are no format POI reads is WPS Spreadsheets' own format: say so, and how to save it as
     * .xlsx in WPS, rather than calling it "not an Office file". An .et that holds .xls or .xlsx content was read
     * as that, and other failures (encrypted, truncated, no table) keep their own reason.
     */
    private static ReadFailure wpsNative(ReadFailure failure) {
        Path name = failure.file().getFileName();
        boolean et = name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".et");
        boolean unknownContent = failure.reason() == FailureReason.NOT_OFFICE_FILE
                || failure.reason() == FailureReason.NOT_A_SPREADSHEET;
        return et && unknownContent ? new ReadFailure(failure.file(), FailureReason.WPS_NATIVE, failure.detail()) : failure;
    }

    private ReadOutcome parse(Path file, byte[] bytes) throws IOException, PoiMemory.TooLarge, InterruptedException {
        if (bytes.length == 0) {
            return new ReadFailure(file, FailureReason.EMPTY_FILE, "");
        }
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
        return switch (magic) {
            case OOXML -> fromOoxml(file, bytes);
            case OLE2 -> fromOle2(file, bytes);
            case HTML -> new ReadFailure(file, FailureReason.HTML_DISGUISED, "");
            case XML -> xml(file, bytes);
            case BIFF2, BIFF3, BIFF4 -> new ReadFailure(file, FailureReason.OLD_EXCEL, magic.name());
            default -> sniffText(file, bytes);
        };
    }

    private ReadOutcome fromOoxml(Path file, byte[] bytes) throws IOException, PoiMemory.TooLarge, InterruptedException {
        Optional<ReadFailure> notSpreadsheet = ZipEntries.notASpreadsheet(file, bytes);
        if (notSpreadsheet.isPresent()) {
            return notSpreadsheet.get();
        }
        String notLean = "lean path switched off (ReadOptions.lean)";
        if (options.lean()) {
            try {
                return fromLean(file, bytes, LeanWorkbook.open(bytes, options.memory()));
            } catch (NotLean.TooLarge e) {
                // POI would need several times the memory the lean path was refused
                return new ReadFailure(file, FailureReason.TOO_LARGE, e.getMessage());
            } catch (NotLean | RuntimeException e) {
                notLean = String.valueOf(e.getMessage());
                LOG.debug("lean read of {} not possible ({}); reading through POI", file, notLean);
            }
        }
        try (PoiMemory.Ticket memory = PoiMemory.shared().admit(name(file), PoiMemory.estimateXlsx(bytes))) {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            SpreadsheetFormat format = SpreadsheetFormat.ofMainContentType(workbook.getPackagePart().getContentType());
            return fromWorkbook(file, format, bytes, workbook, notLean);
        }
    }

    /** The usual template read without POI's object model; anything unusual is {@link NotLean}. */
    private ReadOutcome fromLean(Path file, byte[] bytes, LeanWorkbook workbook) throws NotLean {
        List<Evaluation> evaluations = leanEvaluations(workbook, options);
        if (evaluations.isEmpty()) {
            return new ReadFailure(file, FailureReason.NO_EVALUATION_TABLE, workbook.sheets().size() + " sheet(s) searched");
        }
        SpreadsheetFormat format = workbook.pkg().contentType(workbook.pkg().workbookPart())
                .map(SpreadsheetFormat::ofMainContentType).orElse(SpreadsheetFormat.XLSX);
        return new SourceWorkbook(file, format, bytes, evaluations, workbook);
    }

    /**
     * Every evaluation table of a workbook opened the lean way (possibly none), catching nothing: what the lean
     * path cannot take leaves as {@link NotLean}. The fuzz tests call it directly, since the reader turns any
     * other exception into a quiet fallback to POI that would hide a bug.
     */
    static List<Evaluation> leanEvaluations(LeanWorkbook workbook, ReadOptions options) throws NotLean {
        List<Evaluation> evaluations = new ArrayList<>();
        for (XlsxPackage.SheetPart sheet : workbook.sheets()) {
            if (sheet.part().isEmpty()) {
                continue;
            }
            SheetXml xml = workbook.sheet(sheet);
            if (OWN_SHEETS.contains(sheet.name())) {
                continue;
            }
            if (xml.hasUncachedFormula()) {
                throw new NotLean("formula without a cached result in " + sheet.name());
            }
            SheetGrid grid = SheetGrid.of(sheet.name(), xml, workbook.formats(), options.maxRowsPerSheet(),
                    options.maxColumns());
            evaluations.addAll(new TableReader(grid).read());
        }
        return evaluations;
    }

    private ReadOutcome fromOle2(Path file, byte[] bytes) throws IOException, PoiMemory.TooLarge, InterruptedException {
        try (PoiMemory.Ticket memory = PoiMemory.shared().admit(name(file), PoiMemory.estimateXls(bytes));
             POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new ReadFailure(file, FailureReason.ENCRYPTED, "");
            }
            boolean hasWorkbook = fs.getRoot().getEntryNames().stream()
                    .anyMatch(name -> name.equalsIgnoreCase("Workbook") || name.equalsIgnoreCase("Book"));
            if (!hasWorkbook) {
                return new ReadFailure(file, FailureReason.NOT_A_SPREADSHEET, "OLE2 without a Workbook stream");
            }
            return fromWorkbook(file, SpreadsheetFormat.XLS, bytes, new HSSFWorkbook(fs.getRoot(), false),
                    ".xls (BIFF8) is always read through POI");
        }
    }

    private ReadOutcome fromWorkbook(Path file, SpreadsheetFormat format, byte[] bytes, Workbook workbook,
                                     String notLeanReason) throws IOException {
        try (workbook) {
            List<Evaluation> evaluations = new ArrayList<>();
            FormulaEvaluator[] evaluator = new FormulaEvaluator[1];
            Supplier<FormulaEvaluator> lazyEvaluator = () -> {
                if (evaluator[0] == null) {
                    evaluator[0] = workbook.getCreationHelper().createFormulaEvaluator();
                }
                return evaluator[0];
            };
            for (Sheet sheet : workbook) {
                if (OWN_SHEETS.contains(sheet.getSheetName())) {
                    continue;
                }
                SheetGrid grid = SheetGrid.of(sheet, options.maxRowsPerSheet(), options.maxColumns(), lazyEvaluator);
                evaluations.addAll(new TableReader(grid).read());
            }
            if (evaluations.isEmpty()) {
                return new ReadFailure(file, FailureReason.NO_EVALUATION_TABLE,
                        workbook.getNumberOfSheets() + " sheet(s) searched");
            }
            return new SourceWorkbook(file, format, bytes, evaluations, notLeanReason);
        }
    }

    private static ReadOutcome xml(Path file, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.contains("<Workbook")) {
            return new ReadFailure(file, FailureReason.SPREADSHEETML_2003, "");
        }
        if (head.toLowerCase(Locale.ROOT).contains("<html")) {
            return new ReadFailure(file, FailureReason.HTML_DISGUISED, "");
        }
        return new ReadFailure(file, FailureReason.NOT_OFFICE_FILE, "XML");
    }

    /** Web exports often start with a BOM, white space or a comment before {@code <html>}. */
    private static ReadOutcome sniffText(Path file, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<") && (head.contains("<html") || head.contains("<table") || head.contains("<!doctype"))) {
            return new ReadFailure(file, FailureReason.HTML_DISGUISED, "");
        }
        if (head.startsWith("<?xml")) {
            return xml(file, bytes);
        }
        return new ReadFailure(file, FailureReason.NOT_OFFICE_FILE, "");
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static ReadFailure classify(Path file, Throwable e) {
        String detail = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        if (e instanceof EncryptedDocumentException) {
            return new ReadFailure(file, FailureReason.ENCRYPTED, "");
        }
        if (e instanceof OldExcelFormatException) {
            return new ReadFailure(file, FailureReason.OLD_EXCEL, "");
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("strict ooxml")) {
            return new ReadFailure(file, FailureReason.STRICT_OOXML, "");
        }
        if (message.contains("zip bomb")) {
            return new ReadFailure(file, FailureReason.ZIP_BOMB_GUARD, "");
        }
        if (message.contains("no valid entries or contents found") || message.contains("not a valid ooxml")
                || message.contains("content types")) {
            return new ReadFailure(file, FailureReason.NOT_A_SPREADSHEET, detail);
        }
        if (e instanceof java.io.EOFException || message.contains("truncated") || message.contains("unexpected end")) {
            return new ReadFailure(file, FailureReason.TRUNCATED, detail);
        }
        return new ReadFailure(file, FailureReason.CORRUPT, detail);
    }
}
