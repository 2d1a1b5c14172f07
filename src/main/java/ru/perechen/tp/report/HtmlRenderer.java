package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import ru.perechen.tp.i18n.MarkupText;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.FindingTexts;
import ru.perechen.tp.validate.ValidationReport;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched (a
 * Content-Security-Policy says so to the browser too). Every table has headers; every coloured
 * cell also carries a symbol or a number, so the page reads in black and white and to a screen
 * reader; print CSS puts each section on its own A4 landscape page. All register text is escaped.
 */
public final class HtmlRenderer {

    /** Marks a page as made by {@code tp report}, so that re-running it may replace the page. */
    public static final String GENERATOR = "tp report";

    private static final String STYLE = """
            :root{--ink:#1b1b1b;--accent:#1f4e79;--line:#9e9e9e}
            body{font-family:"PT Sans","Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:1.5rem auto;max-width:1240px;padding:0 1rem;line-height:1.4}
            h1{font-size:1.6rem;margin:.2rem 0}
            h2{font-size:1.3rem;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.2rem}
            h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
            .lead{color:#444;margin:.2rem 0}
            nav ol{columns:2;padding-left:1.2rem}
            table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.88rem}
            caption{text-align:left;font-weight:bold;padding:.2rem 0}
            th,td{border:1px solid var(--line);padding:.2rem .4rem;vertical-align:top;text-align:left}
            thead th{background:#eef3f8}
            tbody th{font-weight:normal}
            table.heat tbody th,table.journey tbody th,table.compliance tbody th{min-width:18rem}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.c{text-align:center;white-space:nowrap}
            .cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
            .card{border:1px solid var(--line);border-radius:4px;padding:.4rem .9rem;min-width:8.5rem}
            .card b{display:block;font-size:1.6rem}
            .grid{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
            th.v{vertical-align:bottom;padding:.3rem .1rem}
            th.v span{writing-mode:vertical-rl;transform:rotate(180deg);display:inline-block;height:12rem;font-weight:normal;font-size:.8rem;line-height:1.1}
            .h0{background:#fff;color:#9e9e9e}.h1{background:#deebf7}.h2{background:#9ecae1}.h3{background:#4292c6;color:#fff}.h4{background:#08519c;color:#fff}
            .met{background:#c7e9c0}.partly{background:#fff3b0}.not-met{background:#f4b6b0}.na{background:#eeeeee;color:#555}.none{background:#fff;color:#b71c1c;font-weight:bold}
            .gap{background:#f4b6b0;font-weight:bold}.ok{background:#c7e9c0}
            .ids{display:block;font-size:.75rem;color:#333;white-space:normal}
            .legend span{display:inline-block;border:1px solid var(--line);padding:0 .4rem;margin:0 .3rem .3rem 0}
            .error{color:#b71c1c;font-weight:bold}.warning{color:#8a5a00;font-weight:bold}
            .hint{display:block;color:#555;font-size:.8rem}
            .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            svg.chart{max-width:100%;height:auto;font-family:inherit}
            figure{margin:.4rem 0 1rem}figcaption{font-weight:bold;margin-bottom:.2rem}
            @media print{
            @page{size:A4 landscape;margin:12mm}
            body{margin:0;max-width:none;font-size:9.5pt}
            nav{display:none}
            section{break-before:page}
            h2,h3,caption,figcaption{break-after:avoid}
            figure,.card{break-inside:avoid}
            thead{display:table-header-group}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            }
            """;

    private final ReportTexts texts;
    private final FindingTexts findingTexts;
    private final DisplayPaths paths;

    public HtmlRenderer(Locale locale, DisplayPaths paths) {
        this.texts = new ReportTexts(locale);
        this.findingTexts = new FindingTexts(locale);
        this.paths = paths;
    }

    public String render(ControlReport report) {
        StringBuilder html = new StringBuilder(256 * 1024);
        String lang = texts.locale().getLanguage();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"").append(GENERATOR).append("\">\n")
                .append("<title>").append(esc(texts.text("report.title"))).append(" — ")
                .append(esc(texts.title(report))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(esc(texts.text("report.title"))).append("</h1>\n<p class=\"lead\">")
                .append(esc(texts.title(report))).append("</p>\n<p class=\"lead\">")
                .append(esc(texts.text("report.purpose"))).append("</p>\n</header>\n");
        contents(html);
        html.append("<main>\n");
        counts(html, report);
        coverage(html, report.coverage());
        journeys(html, report.journeys());
        compliance(html, report.compliance());
        flags(html, report.flags());
        findings(html, report.validation());
        changes(html, report);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static final String[] SECTIONS = {"counts", "coverage", "journey", "compliance", "flags", "findings",
        "changes"};

    private void contents(StringBuilder html) {
        html.append("<nav aria-label=\"").append(esc(texts.text("report.contents"))).append("\">\n<h2>")
                .append(esc(texts.text("report.contents"))).append("</h2>\n<ol>\n");
        for (String section : SECTIONS) {
            html.append("<li><a href=\"#").append(section).append("\">")
                    .append(esc(texts.text("section." + section))).append("</a></li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private void openSection(StringBuilder html, String id) {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"")
                .append(id).append("-h\">").append(esc(texts.text("section." + id))).append("</h2>\n");
    }

    // 1. Figures

    private void counts(StringBuilder html, ControlReport report) {
        openSection(html, "counts");
        ValidationReport validation = report.validation();
        Counts counts = report.counts();
        html.append("<div class=\"cards\">\n");
        card(html, "counts.points", report.points());
        card(html, "counts.processes", report.processes());
        card(html, "counts.online", row(counts.byChannel(), Channel.ONLINE.code()).points());
        card(html, "counts.offline", row(counts.byChannel(), Channel.OFFLINE.code()).points());
        card(html, "counts.errors", validation.errors());
        card(html, "counts.warnings", validation.warnings());
        html.append("</div>\n");

        List<BarChart.Bar> kindBars = counts.byKind().stream()
                .map(r -> new BarChart.Bar(texts.subject(r.subject()), r.points(), String.valueOf(r.points())))
                .toList();
        figure(html, "chart-kinds", texts.text("chart.points-by-kind"), kindBars,
                counts.byKind().stream().mapToInt(Counts.Row::points).max().orElse(0), "#4292c6");
        List<BarChart.Bar> categoryBars = counts.byCategory().stream()
                .map(r -> new BarChart.Bar(texts.subject(r.subject()), r.processes(), String.valueOf(r.processes())))
                .toList();
        figure(html, "chart-categories", texts.text("chart.processes-by-category"), categoryBars,
                counts.byCategory().stream().mapToInt(Counts.Row::processes).max().orElse(0), "#41ab5d");

        html.append("<div class=\"grid\">\n");
        countTable(html, "counts.by-channel", "column.channel", counts.byChannel(), true, false);
        countTable(html, "counts.by-client", "column.client", counts.byClient(), true, true);
        html.append("</div>\n");
        countTable(html, "counts.by-kind", "column.kind", counts.byKind(), true, false);
        countTable(html, "counts.by-organization", "column.organization", counts.byOrganization(), true, true);
        countTable(html, "counts.by-unit", "column.unit", counts.byUnit(), true, true);
        countTable(html, "counts.by-category", "column.category", counts.byCategory(), true, true);
        html.append("<p>").append(esc(texts.text("counts.served-note"))).append("</p>\n");
        html.append("</section>\n");
    }

    private static Counts.Row row(List<Counts.Row> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.subject().id())).findFirst()
                .orElse(new Counts.Row(Subject.UNSPECIFIED, 0, 0));
    }

    private void card(StringBuilder html, String key, long value) {
        html.append("<div class=\"card\"><b>").append(value).append("</b>").append(esc(texts.text(key)))
                .append("</div>\n");
    }

    private void figure(StringBuilder html, String id, String title, List<BarChart.Bar> bars, double max,
                        String color) {
        html.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n")
                .append(BarChart.svg(id, title, bars, max, color)).append("\n</figure>\n");
    }

    private void countTable(StringBuilder html, String captionKey, String subjectKey, List<Counts.Row> rows,
                            boolean points, boolean processes) {
        html.append("<table>\n<caption>").append(esc(texts.text(captionKey))).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\">").append(esc(texts.text(subjectKey))).append("</th>");
        if (points) {
            html.append("<th scope=\"col\">").append(esc(texts.text("column.points"))).append("</th>");
        }
        if (processes) {
            html.append("<th scope=\"col\">").append(esc(texts.text("column.processes"))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Counts.Row row : rows) {
            html.append("<tr><th scope=\"row\">").append(esc(texts.subject(row.subject())));
            if (row.subject().code() == null && row.subject().id() != null) {
                html.append(" <small>(").append(esc(row.subject().id())).append(")</small>");
            }
            html.append("</th>");
            if (points) {
                html.append("<td class=\"n\">").append(row.points()).append("</td>");
            }
            if (processes) {
                html.append("<td class=\"n\">").append(row.processes()).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    // 2. Coverage heat map

    private void coverage(StringBuilder html, CoverageMatrix matrix) {
        openSection(html, "coverage");
        if (matrix.rows().isEmpty()) {
            html.append("<p>").append(esc(texts.text("coverage.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(texts.text("coverage.intro"))).append("</p>\n");
        List<PointKind> kinds = matrix.usedKinds();
        html.append("<table class=\"heat\">\n<caption>").append(esc(texts.text("coverage.caption")))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(texts.text("column.process")))
                .append("</th>");
        for (PointKind kind : kinds) {
            html.append("<th scope=\"col\" class=\"v\"><span>").append(esc(texts.label(kind))).append("</span></th>");
        }
        html.append("<th scope=\"col\" class=\"v\"><span>").append(esc(texts.text("column.total")))
                .append("</span></th></tr></thead>\n<tbody>\n");
        for (CoverageMatrix.Row row : matrix.rows()) {
            html.append("<tr><th scope=\"row\">").append(esc(row.processId())).append(" ")
                    .append(esc(row.processName())).append("</th>");
            for (PointKind kind : kinds) {
                int n = row.count(kind);
                html.append("<td class=\"c h").append(heat(n, matrix.max())).append("\">")
                        .append(n == 0 ? "·" : String.valueOf(n)).append("</td>");
            }
            html.append("<td class=\"n").append(row.total() == 0 ? " gap" : "").append("\">").append(row.total())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append("<p class=\"legend\">").append(esc(texts.text("coverage.scale"))).append(' ');
        for (int level = 0; level <= 4; level++) {
            html.append("<span class=\"h").append(level).append("\">").append(esc(scaleLabel(level, matrix.max())))
                    .append("</span>");
        }
        html.append("</p>\n");
        List<PointKind> unused = matrix.kinds().stream().filter(k -> !kinds.contains(k)).toList();
        if (!unused.isEmpty()) {
            html.append("<p>").append(esc(texts.text("coverage.unused",
                    unused.stream().map(texts::label).collect(Collectors.joining("; "))))).append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** Five shades: none, then four equal steps up to the largest count. */
    static int heat(int n, int max) {
        if (n <= 0 || max <= 0) {
            return 0;
        }
        return Math.min(4, Math.max(1, (int) Math.ceil(4.0 * n / max)));
    }

    private static String scaleLabel(int level, int max) {
        if (level == 0) {
            return "·";
        }
        int from = (int) Math.floor(max * (level - 1) / 4.0) + 1;
        int to = (int) Math.floor(max * level / 4.0);
        if (to < from) {
            return "–";
        }
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    // 3. Client journey

    private void journeys(StringBuilder html, List<Journey> journeys) {
        openSection(html, "journey");
        if (journeys.isEmpty()) {
            html.append("<p>").append(esc(texts.text("journey.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<p>").append(esc(texts.text("journey.intro"))).append("</p>\n");
        html.append("<table class=\"journey\">\n<caption>").append(esc(texts.text("journey.caption")))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(texts.text("column.process")))
                .append("</th>");
        int step = 1;
        for (Need need : Journey.STAGES) {
            html.append("<th scope=\"col\">").append(step++).append(". ").append(esc(texts.label(need)))
                    .append("</th>");
        }
        html.append("<th scope=\"col\">").append(esc(texts.text("column.gaps"))).append("</th></tr></thead>\n<tbody>\n");
        for (Journey journey : journeys) {
            html.append("<tr><th scope=\"row\">").append(esc(journey.processId())).append(" ")
                    .append(esc(journey.processName())).append("</th>");
            for (Journey.Stage stage : journey.stages()) {
                if (stage.gap()) {
                    html.append("<td class=\"c gap\">✗ ").append(esc(texts.text("journey.gap"))).append("</td>");
                } else {
                    html.append("<td class=\"ok\">✓ ").append(stage.points().size()).append("<span class=\"ids\">")
                            .append(esc(String.join(", ", stage.points()))).append("</span></td>");
                }
            }
            int gaps = journey.gaps().size();
            html.append("<td class=\"n").append(gaps > 0 ? " gap" : "").append("\">").append(gaps)
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    // 4. Compliance with 3.4 / 3.5

    private void compliance(StringBuilder html, List<ComplianceTable> tables) {
        openSection(html, "compliance");
        html.append("<p>").append(esc(texts.text("compliance.intro"))).append("</p>\n");
        html.append("<p class=\"legend\">").append(esc(texts.text("compliance.legend"))).append(' ');
        for (Assessment assessment : Assessment.values()) {
            html.append("<span class=\"").append(css(assessment)).append("\">").append(symbol(assessment)).append(' ')
                    .append(esc(texts.label(assessment))).append("</span>");
        }
        html.append("<span class=\"none\">").append(symbol(null)).append(' ')
                .append(esc(texts.text("assessment.none"))).append("</span></p>\n");
        for (ComplianceTable table : tables) {
            String channel = table.channel().code();
            html.append("<h3>").append(esc(texts.text("compliance.heading." + channel))).append("</h3>\n");
            if (table.rows().isEmpty()) {
                html.append("<p>").append(esc(texts.text("compliance.none"))).append("</p>\n");
                continue;
            }
            List<BarChart.Bar> bars = new ArrayList<>();
            for (ComplianceTable.Share share : table.shares()) {
                bars.add(new BarChart.Bar(requirementLabel(share.requirement()),
                        share.shareMet() == null ? 0 : share.shareMet() * 100, texts.share(share)));
            }
            figure(html, "chart-" + channel, texts.text("compliance.chart", table.clause().number()), bars, 100,
                    "#1a9850");
            shareTable(html, table);
            matrix(html, table);
        }
        html.append("</section>\n");
    }

    private String requirementLabel(Requirement requirement) {
        return requirement.clause().number() + " «" + requirement.letter() + "» " + texts.label(requirement);
    }

    private void shareTable(StringBuilder html, ComplianceTable table) {
        html.append("<table>\n<caption>").append(esc(texts.text("compliance.shares." + table.channel().code())))
                .append("</caption>\n<thead><tr>");
        for (String key : List.of("column.requirement", "column.met", "column.partly", "column.not-met",
                "column.na", "column.not-assessed", "column.share")) {
            html.append("<th scope=\"col\">").append(esc(texts.text(key))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ComplianceTable.Share share : table.shares()) {
            html.append("<tr><th scope=\"row\">").append(esc(requirementLabel(share.requirement()))).append("</th>")
                    .append("<td class=\"n\">").append(share.met()).append("</td>")
                    .append("<td class=\"n\">").append(share.partly()).append("</td>")
                    .append("<td class=\"n\">").append(share.notMet()).append("</td>")
                    .append("<td class=\"n\">").append(share.notApplicable()).append("</td>")
                    .append("<td class=\"n\">").append(share.notAssessed()).append("</td>")
                    .append("<td class=\"n\">").append(esc(texts.share(share))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void matrix(StringBuilder html, ComplianceTable table) {
        html.append("<table class=\"compliance\">\n<caption>")
                .append(esc(texts.text("compliance.caption." + table.channel().code())))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(esc(texts.text("column.point")))
                .append("</th>");
        for (Requirement requirement : table.requirements()) {
            html.append("<th scope=\"col\" title=\"").append(esc(texts.label(requirement))).append("\">")
                    .append(esc(requirement.clause().number() + " «" + requirement.letter() + "»")).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (ComplianceTable.Row row : table.rows()) {
            html.append("<tr><th scope=\"row\">").append(esc(texts.point(row.point()))).append(" ")
                    .append(esc(row.point().name())).append("</th>");
            for (Requirement requirement : table.requirements()) {
                Assessment assessment = row.of(requirement);
                String label = assessment == null ? texts.text("assessment.none") : texts.label(assessment);
                html.append("<td class=\"c ").append(css(assessment)).append("\" title=\"").append(esc(label))
                        .append("\">").append(symbol(assessment)).append("<span class=\"sr\"> ").append(esc(label))
                        .append("</span></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    static String symbol(Assessment assessment) {
        if (assessment == null) {
            return "?";
        }
        return switch (assessment) {
            case MET -> "✓";
            case PARTLY -> "◐";
            case NOT_MET -> "✗";
            case NOT_APPLICABLE -> "—";
        };
    }

    private static String css(Assessment assessment) {
        if (assessment == null) {
            return "none";
        }
        return switch (assessment) {
            case MET -> "met";
            case PARTLY -> "partly";
            case NOT_MET -> "not-met";
            case NOT_APPLICABLE -> "na";
        };
    }

    // 5. Flags of 4.7 and 4.13

    private void flags(StringBuilder html, Flags flags) {
        openSection(html, "flags");
        pointList(html, "flags.low-demand", flags.lowDemand());
        pointList(html, "flags.appeals-not-tracked", flags.appealsNotTracked());
        html.append("<h3>").append(esc(texts.text("flags.principles"))).append("</h3>\n<p>")
                .append(esc(texts.text("flags.principles.intro"))).append("</p>\n");
        List<Flags.Principles> flagged = flags.flaggedPrinciples();
        if (flagged.isEmpty()) {
            html.append("<p>").append(esc(texts.text("flags.principles.all-ok", flags.principles().size())))
                    .append("</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(texts.text("column.process")))
                    .append("</th>");
            for (String key : List.of("column.online", "column.offline", "column.accessibility", "column.history")) {
                html.append("<th scope=\"col\">").append(esc(texts.text(key))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (Flags.Principles p : flagged) {
                html.append("<tr><th scope=\"row\">").append(esc(p.processId())).append(" ")
                        .append(esc(p.processName())).append("</th>");
                for (boolean holds : new boolean[] {p.online(), p.offline(), p.accessibility(), p.history()}) {
                    html.append(holds ? "<td class=\"c ok\">✓ " + esc(texts.text("yes"))
                            : "<td class=\"c gap\">✗ " + esc(texts.text("no"))).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        pointList(html, "flags.without-survey", flags.withoutSurvey());
        html.append("</section>\n");
    }

    private void pointList(StringBuilder html, String titleKey, List<PointRef> points) {
        html.append("<h3>").append(esc(texts.text(titleKey))).append("</h3>\n");
        if (points.isEmpty()) {
            html.append("<p>").append(esc(texts.text("flags.none"))).append("</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th scope=\"col\">").append(esc(texts.text("column.point")))
                .append("</th><th scope=\"col\">").append(esc(texts.text("column.kind")))
                .append("</th><th scope=\"col\">").append(esc(texts.text("column.organization")))
                .append("</th><th scope=\"col\">").append(esc(texts.text("column.file")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (PointRef point : points) {
            html.append("<tr><th scope=\"row\">").append(esc(texts.point(point))).append(" ")
                    .append(esc(point.name())).append("</th><td>").append(esc(texts.label(point.kind())))
                    .append("</td><td>").append(esc(point.organization())).append("</td><td>")
                    .append(esc(paths.display(point.file()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>").append(esc(texts.text("flags.count", points.size()))).append("</p>\n");
    }

    // 6. Findings

    private void findings(StringBuilder html, ValidationReport validation) {
        openSection(html, "findings");
        html.append("<p>").append(esc(texts.text("findings.summary", validation.pointFiles(),
                validation.processFiles(), validation.errors(), validation.warnings()))).append("</p>\n");
        if (validation.findings().isEmpty()) {
            html.append("<p>").append(esc(texts.text("findings.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr>");
        for (String key : List.of("column.severity", "column.where", "column.finding", "column.rule")) {
            html.append("<th scope=\"col\">").append(esc(texts.text(key))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Finding finding : validation.findings()) {
            boolean error = finding.severity() == Severity.ERROR;
            String where = paths.display(finding.location().file());
            if (finding.location().line() > 0) {
                where += ":" + finding.location().line() + ":" + finding.location().column();
            }
            html.append("<tr><td class=\"").append(error ? "error" : "warning").append("\">")
                    .append(error ? "✗ " : "⚠ ").append(esc(texts.text(error ? "severity.error" : "severity.warning")))
                    .append("</td><td>").append(esc(where)).append("</td><td>")
                    .append(esc(findingTexts.message(finding)));
            String hint = findingTexts.hint(finding);
            if (hint != null) {
                html.append("<span class=\"hint\">").append(esc(texts.text("findings.hint"))).append(": ")
                        .append(esc(hint)).append("</span>");
            }
            html.append("</td><td>").append(esc(finding.rule())).append(", ")
                    .append(esc(texts.clause(finding.clause().number()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    // 7. Changes since the last approved version

    private void changes(StringBuilder html, ControlReport report) {
        openSection(html, "changes");
        if (report.changes().isEmpty()) {
            html.append("<p>").append(esc(texts.text("changes.unavailable"))).append("</p>\n</section>\n");
            return;
        }
        ChangesSinceApproval changes = report.changes().get();
        texts.since(changes).ifPresent(s -> html.append("<p>").append(esc(s)).append("</p>\n"));
        if (changes.changes().isEmpty()) {
            html.append("<p>").append(esc(texts.text("changes.none"))).append("</p>\n</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr>");
        for (String key : List.of("column.change", "column.clause", "column.id", "column.details", "column.file")) {
            html.append("<th scope=\"col\">").append(esc(texts.text(key))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Change change : changes.changes()) {
            html.append("<tr><td>").append(change.type().requiresActualization() ? "● " : "")
                    .append(esc(texts.changeType(change.type()))).append("</td><td>")
                    .append(change.clause() == null ? "" : esc(texts.clause(change.clause().number())))
                    .append("</td><td>").append(esc(change.id())).append("</td><td>")
                    .append(esc(texts.details(change))).append("</td><td>")
                    .append(change.file() == null ? "" : esc(paths.display(change.file()))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>● ").append(esc(texts.text("changes.actualization"))).append("</p>\n");
        html.append("</section>\n");
    }

    private static String esc(String text) {
        return MarkupText.escape(text);
    }
}
