package org.jixiao.cli;

import java.util.OptionalInt;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.jixiao.read.ReadOptions;
import org.jixiao.xlsx.LeanLimits;

/**
 * {@code --max-part-mb}, {@code --max-sheet-rows} and {@code --max-sheet-cells}, shared by {@code score} and
 * {@code batch}: the reader's memory bounds, derived from the heap and the worker count unless given.
 */
final class MemoryOptions {

    static final Option MAX_PART_MB = Option.builder().longOpt("max-part-mb").hasArg().argName("MB")
            .desc("单个 XML 部件解压后的上限（MB），默认按内存与线程数推算 / largest XML part read, in MB (default from the heap)")
            .get();
    static final Option MAX_SHEET_ROWS = Option.builder().longOpt("max-sheet-rows").hasArg().argName("N")
            .desc("一张工作表读取的行数上限，默认按内存推算 / most rows read from one sheet (default from the heap)").get();
    static final Option MAX_SHEET_CELLS = Option.builder().longOpt("max-sheet-cells").hasArg().argName("N")
            .desc("一张工作表读取的单元格数上限，默认按内存推算 / most cells read from one sheet (default from the heap)").get();

    private MemoryOptions() {
    }

    /** The reader options for {@code workers} workbooks at once in this JVM, with the bounds the user gave. */
    static ReadOptions read(Arguments arguments, int workers) throws ParseException {
        LeanLimits derived = ReadOptions.memoryFor(Runtime.getRuntime().maxMemory(), workers);
        long part = positive(arguments, MAX_PART_MB).stream().mapToLong(mb -> (long) mb << 20).findFirst()
                .orElse(derived.maxPartBytes());
        int rows = positive(arguments, MAX_SHEET_ROWS).orElse(derived.maxSheetRows());
        int cells = positive(arguments, MAX_SHEET_CELLS).orElse(derived.maxSheetCells());
        return ReadOptions.DEFAULTS.withMemory(new LeanLimits(part, rows, cells));
    }

    private static OptionalInt positive(Arguments arguments, Option option) throws ParseException {
        OptionalInt value = arguments.integer(option);
        if (value.isPresent() && value.getAsInt() < 1) {
            throw new ParseException("--" + option.getLongOpt() + " 应为正整数 / must be at least 1");
        }
        return value;
    }
}
