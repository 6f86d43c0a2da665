package org.jixiao.xlsx;

/**
 * The DrawingML of {@link ReportWorkbook.BarChart}: a drawing part anchoring the charts to cells, and one chart
 * part each — a single series of columns over a category axis, with cached values so a reader that does not
 * recalculate still draws it, and an explicit fill because LibreOffice otherwise draws the bars invisible.
 */
final class ReportCharts {

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private ReportCharts() {
    }

    static String drawing(String anchors) {
        return "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\""
                + DRAWING_NS + "\" xmlns:c=\"" + CHART_NS + "\" xmlns:r=\"" + SheetWriter.RELATIONSHIPS_NS + "\">"
                + anchors + "</xdr:wsDr>";
    }

    /**
     * Seven columns wide, like the charts POI draws, and fourteen rows high from the chart's anchor cell: two
     * stacked beside a table stay within the first landscape A4 page instead of crossing onto the next.
     */
    static String anchor(ReportWorkbook.BarChart chart, int id) {
        return "<xdr:twoCellAnchor editAs=\"twoCell\">" + marker("from", chart.anchorColumn(), chart.anchorRow())
                + marker("to", chart.anchorColumn() + 7, chart.anchorRow() + 14)
                + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"" + id + "\" name=\"图表 " + id
                + "\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"" + CHART_NS + "\">"
                + "<c:chart r:id=\"rId" + id + "\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>"
                + "</xdr:twoCellAnchor>";
    }

    private static String marker(String which, int column, int row) {
        return "<xdr:" + which + "><xdr:col>" + column + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + which + ">";
    }

    static String chart(String sheet, ReportWorkbook.BarChart chart) {
        String prefix = SheetWriter.sheetPrefix(sheet);
        StringBuilder xml = new StringBuilder(Xml.DECLARATION);
        xml.append("<c:chartSpace xmlns:c=\"").append(CHART_NS).append("\" xmlns:a=\"").append(DRAWING_NS)
                .append("\" xmlns:r=\"").append(SheetWriter.RELATIONSHIPS_NS).append("\"><c:chart><c:title><c:tx><c:rich>")
                .append("<a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>").append(Xml.escape(chart.title()))
                .append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>")
                .append("<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/>")
                .append("<c:order val=\"0\"/><c:tx><c:v>").append(Xml.escape(chart.seriesTitle())).append("</c:v></c:tx>")
                .append("<c:spPr><a:solidFill><a:prstClr val=\"steelBlue\"/></a:solidFill></c:spPr>")
                .append("<c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>")
                .append(Xml.escape(prefix + SheetWriter.absoluteRange(chart.firstRow(), 0, chart.lastRow(), 0)))
                .append("</c:f><c:strCache><c:ptCount val=\"").append(chart.categories().size()).append("\"/>");
        for (int i = 0; i < chart.categories().size(); i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.escape(chart.categories().get(i)))
                    .append("</c:v></c:pt>");
        }
        xml.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>")
                .append(Xml.escape(prefix + SheetWriter.absoluteRange(chart.firstRow(), 1, chart.lastRow(), 1)))
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                .append(chart.values().size()).append("\"/>");
        for (int i = 0; i < chart.values().size(); i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(chart.values().get(i)).append("</c:v></c:pt>");
        }
        xml.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"150\"/>")
                .append("<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>")
                .append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
                .append("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
        return xml.toString();
    }
}
