package ru.perechen.tp.poster;

import java.util.List;
import java.util.Locale;

import ru.perechen.tp.i18n.MarkupText;
import ru.perechen.tp.i18n.Messages;

/**
 * All posters in one HTML page for printing: each poster is an A4 page of its own (print CSS,
 * no margins, a page break after each), shown on screen as a column of pages. Self-contained,
 * no script, nothing fetched.
 */
public final class PosterSheet {

    private static final String STYLE = """
            body{margin:0;background:#e0e0e0;font-family:"PT Sans",Arial,sans-serif}
            header{padding:1rem 2rem;background:#fff}
            .page{width:210mm;height:297mm;margin:1rem auto;background:#fff;box-shadow:0 0 4px #9e9e9e}
            .page svg{display:block;width:210mm;height:297mm}
            @media print{
            @page{size:A4 portrait;margin:0}
            body{background:#fff}
            header{display:none}
            .page{margin:0;box-shadow:none;break-after:page}
            .page:last-child{break-after:auto}
            }
            """;

    private final Messages messages;
    private final PosterSvg svg;

    public PosterSheet(Locale locale) {
        this.messages = Messages.of(PosterSvg.BUNDLE, locale);
        this.svg = new PosterSvg(locale);
    }

    public String render(List<SurveyPoster> posters) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(messages.locale().getLanguage())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"tp qr\">\n<title>")
                .append(MarkupText.escape(messages.text("sheet.title"))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(MarkupText.escape(messages.text("sheet.title")))
                .append("</h1>\n<p>").append(MarkupText.escape(messages.text("sheet.hint", posters.size())))
                .append("</p>\n</header>\n");
        for (SurveyPoster poster : posters) {
            html.append("<section class=\"page\" id=\"").append(poster.pointId()).append("\">\n")
                    .append(svg.svg(poster)).append("\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }
}
