package org.jixiao.read;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.jixiao.model.Figure;
import org.jixiao.xlsx.SheetXml;

/**
 * What one cell holds, read once: its text as a person sees it and, for numeric cells, the exact number.
 * Numbers go through POI's 15-digit text form, never {@code new BigDecimal(double)}. Formula cells give their
 * cached result. Immutable.
 */
record CellContent(String text, Optional<BigDecimal> number, boolean percentFormat, boolean error) {

    static final CellContent EMPTY = new CellContent("", Optional.empty(), false, false);

    /**
     * Reads a cell; a formula without a cached result (files written by tools that do not calculate) is
     * evaluated, and a formula that cannot be evaluated reads as an error value.
     */
    static CellContent of(Cell cell, Supplier<FormulaEvaluator> evaluator) {
        if (cell == null) {
            return EMPTY;
        }
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
            return evaluated(cell, evaluator);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> numeric(cell);
            case STRING -> {
                String s = cell.getRichStringCellValue().getString();
                yield s == null || s.isBlank() ? EMPTY : new CellContent(s.strip(), Optional.empty(), false, false);
            }
            case BOOLEAN -> new CellContent(cell.getBooleanCellValue() ? "TRUE" : "FALSE", Optional.empty(), false, false);
            case ERROR -> new CellContent(ErrorEval.getText(cell.getErrorCellValue()), Optional.empty(), false, true);
            default -> EMPTY;
        };
    }

    private static CellContent evaluated(Cell cell, Supplier<FormulaEvaluator> evaluator) {
        try {
            CellValue value = evaluator.get().evaluate(cell);
            if (value == null) {
                return EMPTY;
            }
            return switch (value.getCellType()) {
                case NUMERIC -> {
                    BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value.getNumberValue()));
                    boolean percent = cell.getCellStyle() != null && cell.getCellStyle().getDataFormatString() != null
                            && cell.getCellStyle().getDataFormatString().contains("%");
                    yield new CellContent(percent ? number.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                            : number.stripTrailingZeros().toPlainString(), Optional.of(number), percent, false);
                }
                case STRING -> value.getStringValue() == null || value.getStringValue().isBlank() ? EMPTY
                        : new CellContent(value.getStringValue().strip(), Optional.empty(), false, false);
                case ERROR -> new CellContent(ErrorEval.getText(value.getErrorValue()), Optional.empty(), false, true);
                default -> EMPTY;
            };
        } catch (RuntimeException | StackOverflowError e) {
            return new CellContent("#EVAL!", Optional.empty(), false, true);
        }
    }

    private static CellContent numeric(Cell cell) {
        return number(cell.getNumericCellValue(), cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString());
    }

    /** A cell scanned by the lean reader, given its cell format's number-format code. */
    static CellContent of(SheetXml.Cell cell, String formatCode) {
        return switch (cell.kind()) {
            case NUMBER -> number(cell.number(), formatCode);
            case STRING -> cell.value().isBlank() ? EMPTY : new CellContent(cell.value().strip(), Optional.empty(), false, false);
            case BOOLEAN -> new CellContent("1".equals(cell.value()) ? "TRUE" : "FALSE", Optional.empty(), false, false);
            case ERROR -> new CellContent(cell.value(), Optional.empty(), false, true);
            case BLANK -> EMPTY;
        };
    }

    private static CellContent number(double d, String format) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return EMPTY;
        }
        BigDecimal number = new BigDecimal(NumberToTextConverter.toText(d));
        boolean percent = format != null && format.contains("%");
        String text = percent ? number.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : number.stripTrailingZeros().toPlainString();
        return new CellContent(text, Optional.of(number), percent, false);
    }

    boolean isEmpty() {
        return text.isEmpty() && number.isEmpty();
    }

    /**
     * The number this cell stands for: the numeric value, or a number written as text ("48,865.73", "82.7%").
     * Percentages come back as fractions.
     */
    Optional<BigDecimal> asNumber() {
        if (number.isPresent()) {
            return number;
        }
        return asFigure().number();
    }

    /** The cell as a target or actual value. A percent-formatted number is a percentage. */
    Figure asFigure() {
        if (number.isPresent()) {
            return Figure.number(text, number.get(), percentFormat);
        }
        return FigureParser.parse(text);
    }
}
