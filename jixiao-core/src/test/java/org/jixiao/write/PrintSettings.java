package org.jixiao.write;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A sheet's print settings as POI's API reads them, one value per line part, so the lean and the POI copy can be
 * compared and a test can name what it expects. Read only: nothing here is saved.
 *
 * @param paper       PrintSetup paper size (9 is A4)
 * @param landscape   whether the page is turned
 * @param fitToPage   the sheet's fit-to-page flag
 * @param fitWidth    pages wide
 * @param fitHeight   pages tall (0: as many as needed)
 * @param scale       the scale when not fitted
 * @param titles      the rows repeated on each page, or "none"
 * @param footer      the footer's centre part
 * @param margins     left, right, top, bottom, header, footer in inches
 * @param centred     centred horizontally on the page
 * @param gridLines   whether the grid prints
 * @param printArea   the print area, or "none"
 */
record PrintSettings(short paper, boolean landscape, boolean fitToPage, short fitWidth, short fitHeight, short scale,
                     String titles, String footer, String margins, boolean centred, boolean gridLines,
                     String printArea) {

    static PrintSettings of(Sheet sheet) {
        Workbook workbook = sheet.getWorkbook();
        PrintSetup setup = sheet.getPrintSetup();
        var rows = sheet.getRepeatingRows();
        String area = workbook.getPrintArea(workbook.getSheetIndex(sheet));
        return new PrintSettings(setup.getPaperSize(), setup.getLandscape(), sheet.getFitToPage(), setup.getFitWidth(),
                setup.getFitHeight(), setup.getScale(), rows == null ? "none" : rows.formatAsString(),
                sheet.getFooter().getCenter(), sheet.getMargin(PageMargin.LEFT) + "," + sheet.getMargin(PageMargin.RIGHT)
                        + "," + sheet.getMargin(PageMargin.TOP) + "," + sheet.getMargin(PageMargin.BOTTOM) + ","
                        + sheet.getMargin(PageMargin.HEADER) + "," + sheet.getMargin(PageMargin.FOOTER),
                sheet.getHorizontallyCenter(), sheet.isPrintGridlines(), area == null ? "none" : area);
    }
}
