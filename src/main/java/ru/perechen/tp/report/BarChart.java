package ru.perechen.tp.report;

import java.util.List;
import java.util.Locale;

import ru.perechen.tp.i18n.MarkupText;

/**
 * A horizontal bar chart drawn as inline SVG: each bar under its label, its value written at its
 * end, so the chart reads without colour and prints as sharply as text. No script, no network.
 */
final class BarChart {

    /** One bar: what it is, how long (on the chart's scale) and what to write beside it. */
    record Bar(String label, double value, String valueText) {
    }

    private static final int WIDTH = 720;
    private static final int ROW = 34;
    private static final int LABEL_BASELINE = 13;
    private static final int BAR_TOP = 17;
    private static final int BAR_HEIGHT = 12;
    private static final int VALUE_ROOM = 150;

    private BarChart() {
    }

    /**
     * @param id    unique in the page, used to tie the chart to its title for screen readers
     * @param max   the value that fills the whole width; bars are drawn against it
     * @param color the bars' fill, a CSS colour of the renderer's own (never register text)
     */
    static String svg(String id, String title, List<Bar> bars, double max, String color) {
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        double scale = max <= 0 ? 0 : (WIDTH - VALUE_ROOM) / max;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" aria-labelledby=\"").append(id).append("-title\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(MarkupText.escape(title)).append("</title>");
        int y = 0;
        for (Bar bar : bars) {
            double length = Math.max(0, bar.value() * scale);
            svg.append("<g>");
            svg.append("<text x=\"0\" y=\"").append(y + LABEL_BASELINE).append("\" font-size=\"12\">")
                    .append(MarkupText.escape(bar.label())).append("</text>");
            svg.append("<rect x=\"0\" y=\"").append(y + BAR_TOP).append("\" width=\"").append(WIDTH - VALUE_ROOM)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#eeeeee\"/>");
            svg.append("<rect x=\"0\" y=\"").append(y + BAR_TOP).append("\" width=\"").append(number(length))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(color).append("\"/>");
            svg.append("<text x=\"").append(WIDTH - VALUE_ROOM + 6).append("\" y=\"").append(y + BAR_TOP + 10)
                    .append("\" font-size=\"12\" font-weight=\"bold\">").append(MarkupText.escape(bar.valueText()))
                    .append("</text>");
            svg.append("</g>");
            y += ROW;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Lengths with one decimal at most, written the same in every locale. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }
}
