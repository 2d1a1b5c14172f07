package ru.perechen.tp.poster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.nayuki.qrcodegen.QrCode;
import ru.perechen.tp.i18n.MarkupText;
import ru.perechen.tp.i18n.Messages;

/**
 * One poster as an A4 SVG page (millimetres as user units): the organization, an invitation to
 * rate the service, the point's name and address, the QR code of the survey link and the link in
 * plain text for those who cannot scan. The code is drawn by tp from the encoder's module matrix:
 * black squares on white, a quiet zone of four modules, medium error correction, so that a print
 * that is a little worn or folded still scans.
 */
public final class PosterSvg {

    static final String BUNDLE = "ru.perechen.tp.poster.poster";
    /** Modules of white around the code, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private static final double WIDTH = 210;
    private static final double HEIGHT = 297;
    private static final double CODE_SIZE = 120;
    private static final double CODE_TOP = 112;

    private final Messages messages;

    public PosterSvg(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
    }

    /** The QR code of a survey link; {@link io.nayuki.qrcodegen.DataTooLongException} when a link is too long to encode. */
    public static QrCode code(String link) {
        return QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
    }

    /** A standalone SVG document of the poster. */
    public String render(SurveyPoster poster) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(poster) + "\n";
    }

    /** The poster's {@code <svg>} element, for a file of its own or inline in the print page. */
    String svg(SurveyPoster poster) {
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 ")
                .append(number(WIDTH)).append(' ').append(number(HEIGHT))
                .append("\" role=\"img\" aria-labelledby=\"title-").append(poster.pointId()).append("\">\n");
        svg.append("<title id=\"title-").append(poster.pointId()).append("\">")
                .append(esc(messages.text("poster.title", poster.name()))).append("</title>\n");
        svg.append("<rect width=\"210\" height=\"297\" fill=\"#fff\"/>\n");
        svg.append("<g font-family=\"PT Sans, Arial, Helvetica, sans-serif\" text-anchor=\"middle\" fill=\"#1b1b1b\">\n");
        double y = 24;
        y = lines(svg, wrap(poster.organization(), 60, 2), y, 5, "#555555", false);
        y = lines(svg, wrap(messages.text("poster.heading"), 28, 2), y + 8, 10, "#1f4e79", true);
        y = lines(svg, wrap(poster.name(), 38, 3), y + 4, 7, "#1b1b1b", true);
        lines(svg, wrap(poster.address(), 60, 2), y + 1, 5, "#333333", false);
        svg.append("</g>\n");
        qr(svg, poster.pointId(), code(poster.survey()));
        svg.append("<g font-family=\"PT Sans, Arial, Helvetica, sans-serif\" text-anchor=\"middle\" fill=\"#1b1b1b\">\n");
        y = lines(svg, wrap(messages.text("poster.scan"), 52, 3), CODE_TOP + CODE_SIZE + 10, 5.5, "#1b1b1b", true);
        lines(svg, chunks(poster.survey(), 70, 3), y + 1, 4, "#333333", false);
        svg.append("<text x=\"105\" y=\"285\" font-size=\"3.5\" fill=\"#757575\">")
                .append(esc(messages.text("poster.footer", poster.pointId()))).append("</text>\n");
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /**
     * The code as a nested SVG whose user unit is one module: a white square with the quiet zone,
     * then one black rectangle per horizontal run of dark modules.
     */
    private static void qr(StringBuilder svg, String pointId, QrCode code) {
        int size = code.size;
        int outer = size + 2 * QUIET_ZONE;
        svg.append("<svg id=\"qr-").append(pointId).append("\" x=\"").append(number((WIDTH - CODE_SIZE) / 2)).append("\" y=\"")
                .append(number(CODE_TOP)).append("\" width=\"").append(number(CODE_SIZE)).append("\" height=\"")
                .append(number(CODE_SIZE)).append("\" viewBox=\"").append(-QUIET_ZONE).append(' ').append(-QUIET_ZONE)
                .append(' ').append(outer).append(' ').append(outer).append("\" shape-rendering=\"crispEdges\">\n");
        svg.append("<rect x=\"").append(-QUIET_ZONE).append("\" y=\"").append(-QUIET_ZONE).append("\" width=\"")
                .append(outer).append("\" height=\"").append(outer).append("\" fill=\"#fff\"/>\n<g fill=\"#000\">\n");
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && code.getModule(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"")
                        .append(x - start).append("\" height=\"1\"/>");
            }
            svg.append('\n');
        }
        svg.append("</g>\n</svg>\n");
    }

    /** Centred lines of text from {@code top}; returns where the next text may start. */
    private static double lines(StringBuilder svg, List<String> lines, double top, double size, String color,
                                boolean bold) {
        double y = top;
        for (String line : lines) {
            y += size;
            svg.append("<text x=\"105\" y=\"").append(number(y)).append("\" font-size=\"").append(number(size))
                    .append('"');
            if (bold) {
                svg.append(" font-weight=\"bold\"");
            }
            if (!"#1b1b1b".equals(color)) {
                svg.append(" fill=\"").append(color).append('"');
            }
            svg.append('>').append(esc(line)).append("</text>\n");
            y += size * 0.3;
        }
        return y;
    }

    /**
     * Words filled into lines of at most {@code width} characters (SVG does not wrap text); a word
     * longer than a line is cut; past {@code maxLines} the last line ends with an ellipsis.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return capped(lines, maxLines);
    }

    /** A link cut into lines of {@code width} characters: it has no spaces to wrap at. */
    static List<String> chunks(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            lines.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return capped(lines, maxLines);
    }

    private static List<String> capped(List<String> lines, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
        return kept;
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String esc(String text) {
        return MarkupText.escape(text);
    }
}
