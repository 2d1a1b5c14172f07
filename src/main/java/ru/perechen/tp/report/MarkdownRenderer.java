package ru.perechen.tp.report;

import ru.perechen.tp.i18n.MarkdownText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.FindingTexts;
import ru.perechen.tp.validate.ValidationReport;

/**
 * The report as Markdown, for a pull request comment or a wiki page: the same sections and tables
 * as the HTML page, charts as text bars. Register text is escaped so that it cannot break a table
 * or turn into markup.
 */
public final class MarkdownRenderer {

    private static final int BAR_WIDTH = 20;

    private final ReportTexts texts;
    private final FindingTexts findingTexts;
    private final DisplayPaths paths;

    public MarkdownRenderer(Locale locale, DisplayPaths paths) {
        this.texts = new ReportTexts(locale);
        this.findingTexts = new FindingTexts(locale);
        this.paths = paths;
    }

    public String render(ControlReport report) {
        StringBuilder md = new StringBuilder(64 * 1024);
        md.append("# ").append(esc(texts.text("report.title"))).append("\n\n")
                .append(esc(texts.title(report))).append("\n\n")
                .append(esc(texts.text("report.purpose"))).append("\n\n");
        counts(md, report);
        coverage(md, report.coverage());
        journeys(md, report.journeys());
        compliance(md, report.compliance());
        flags(md, report.flags());
        findings(md, report.validation());
        changes(md, report);
        return md.toString();
    }

    private void heading(StringBuilder md, String key) {
        md.append("## ").append(esc(texts.text(key))).append("\n\n");
    }

    private void counts(StringBuilder md, ControlReport report) {
        heading(md, "section.counts");
        md.append("- ").append(esc(texts.text("counts.points"))).append(": ").append(report.points()).append('\n')
                .append("- ").append(esc(texts.text("counts.processes"))).append(": ").append(report.processes())
                .append('\n')
                .append("- ").append(esc(texts.text("counts.errors"))).append(": ")
                .append(report.validation().errors()).append('\n')
                .append("- ").append(esc(texts.text("counts.warnings"))).append(": ")
                .append(report.validation().warnings()).append("\n\n");
        Counts counts = report.counts();
        countTable(md, "counts.by-channel", "column.channel", counts.byChannel(), false);
        countTable(md, "counts.by-kind", "column.kind", counts.byKind(), false);
        countTable(md, "counts.by-organization", "column.organization", counts.byOrganization(), true);
        countTable(md, "counts.by-unit", "column.unit", counts.byUnit(), true);
        countTable(md, "counts.by-client", "column.client", counts.byClient(), true);
        countTable(md, "counts.by-category", "column.category", counts.byCategory(), true);
        md.append(esc(texts.text("counts.served-note"))).append("\n\n");
    }

    private void countTable(StringBuilder md, String captionKey, String subjectKey, List<Counts.Row> rows,
                            boolean processes) {
        md.append("### ").append(esc(texts.text(captionKey))).append("\n\n");
        List<String> head = new ArrayList<>(List.of(texts.text(subjectKey), texts.text("column.points")));
        if (processes) {
            head.add(texts.text("column.processes"));
        }
        header(md, head);
        for (Counts.Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(esc(texts.subject(row.subject())),
                    String.valueOf(row.points())));
            if (processes) {
                cells.add(String.valueOf(row.processes()));
            }
            line(md, cells);
        }
        md.append('\n');
    }

    private void coverage(StringBuilder md, CoverageMatrix matrix) {
        heading(md, "section.coverage");
        if (matrix.rows().isEmpty()) {
            md.append(esc(texts.text("coverage.none"))).append("\n\n");
            return;
        }
        md.append(esc(texts.text("coverage.intro"))).append("\n\n");
        List<PointKind> kinds = matrix.usedKinds();
        List<String> head = new ArrayList<>();
        head.add(texts.text("column.process"));
        kinds.forEach(k -> head.add(texts.label(k)));
        head.add(texts.text("column.total"));
        header(md, head);
        for (CoverageMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(esc(named(row.processId(), row.processName())));
            kinds.forEach(k -> cells.add(row.count(k) == 0 ? "·" : String.valueOf(row.count(k))));
            cells.add(String.valueOf(row.total()));
            line(md, cells);
        }
        md.append('\n');
        List<PointKind> unused = matrix.kinds().stream().filter(k -> !kinds.contains(k)).toList();
        if (!unused.isEmpty()) {
            md.append(esc(texts.text("coverage.unused",
                    unused.stream().map(texts::label).collect(Collectors.joining("; "))))).append("\n\n");
        }
    }

    private void journeys(StringBuilder md, List<Journey> journeys) {
        heading(md, "section.journey");
        if (journeys.isEmpty()) {
            md.append(esc(texts.text("journey.none"))).append("\n\n");
            return;
        }
        md.append(esc(texts.text("journey.intro"))).append("\n\n");
        List<String> head = new ArrayList<>();
        head.add(texts.text("column.process"));
        int step = 1;
        for (Need need : Journey.STAGES) {
            head.add(step++ + ". " + texts.label(need));
        }
        head.add(texts.text("column.gaps"));
        header(md, head);
        for (Journey journey : journeys) {
            List<String> cells = new ArrayList<>();
            cells.add(esc(named(journey.processId(), journey.processName())));
            for (Journey.Stage stage : journey.stages()) {
                cells.add(stage.gap() ? "✗ " + esc(texts.text("journey.gap"))
                        : "✓ " + esc(String.join(", ", stage.points())));
            }
            cells.add(String.valueOf(journey.gaps().size()));
            line(md, cells);
        }
        md.append('\n');
    }

    private void compliance(StringBuilder md, List<ComplianceTable> tables) {
        heading(md, "section.compliance");
        md.append(esc(texts.text("compliance.intro"))).append("\n\n").append(esc(texts.text("compliance.legend")));
        for (Assessment assessment : Assessment.values()) {
            md.append(' ').append(HtmlRenderer.symbol(assessment)).append(' ').append(esc(texts.label(assessment)))
                    .append(';');
        }
        md.append(" ? ").append(esc(texts.text("assessment.none"))).append(".\n\n");
        for (ComplianceTable table : tables) {
            String channel = table.channel().code();
            md.append("### ").append(esc(texts.text("compliance.shares." + channel))).append("\n\n");
            if (table.rows().isEmpty()) {
                md.append(esc(texts.text("compliance.none"))).append("\n\n");
                continue;
            }
            header(md, List.of(texts.text("column.requirement"), texts.text("column.met"), texts.text("column.partly"),
                    texts.text("column.not-met"), texts.text("column.na"), texts.text("column.not-assessed"),
                    texts.text("column.share")));
            for (ComplianceTable.Share share : table.shares()) {
                line(md, List.of(esc(requirementLabel(share.requirement())), String.valueOf(share.met()),
                        String.valueOf(share.partly()), String.valueOf(share.notMet()),
                        String.valueOf(share.notApplicable()), String.valueOf(share.notAssessed()),
                        "`" + bar(share) + "` " + esc(texts.share(share))));
            }
            md.append("\n### ").append(esc(texts.text("compliance.caption." + channel))).append("\n\n");
            List<String> head = new ArrayList<>();
            head.add(texts.text("column.point"));
            table.requirements().forEach(r -> head.add(r.clause().number() + " «" + r.letter() + "»"));
            header(md, head);
            for (ComplianceTable.Row row : table.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(esc(named(texts.point(row.point()), row.point().name())));
                table.requirements().forEach(r -> cells.add(HtmlRenderer.symbol(row.of(r))));
                line(md, cells);
            }
            md.append('\n');
        }
    }

    private String requirementLabel(Requirement requirement) {
        return requirement.clause().number() + " «" + requirement.letter() + "» " + texts.label(requirement);
    }

    private static String bar(ComplianceTable.Share share) {
        int filled = share.shareMet() == null ? 0 : (int) Math.round(share.shareMet() * BAR_WIDTH);
        return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
    }

    private void flags(StringBuilder md, Flags flags) {
        heading(md, "section.flags");
        pointList(md, "flags.low-demand", flags.lowDemand());
        pointList(md, "flags.appeals-not-tracked", flags.appealsNotTracked());
        md.append("### ").append(esc(texts.text("flags.principles"))).append("\n\n")
                .append(esc(texts.text("flags.principles.intro"))).append("\n\n");
        List<Flags.Principles> flagged = flags.flaggedPrinciples();
        if (flagged.isEmpty()) {
            md.append(esc(texts.text("flags.principles.all-ok", flags.principles().size()))).append("\n\n");
        } else {
            header(md, List.of(texts.text("column.process"), texts.text("column.online"), texts.text("column.offline"),
                    texts.text("column.accessibility"), texts.text("column.history")));
            for (Flags.Principles p : flagged) {
                List<String> cells = new ArrayList<>();
                cells.add(esc(named(p.processId(), p.processName())));
                for (boolean holds : new boolean[] {p.online(), p.offline(), p.accessibility(), p.history()}) {
                    cells.add(holds ? "✓ " + texts.text("yes") : "✗ " + texts.text("no"));
                }
                line(md, cells);
            }
            md.append('\n');
        }
        pointList(md, "flags.without-survey", flags.withoutSurvey());
    }

    private void pointList(StringBuilder md, String titleKey, List<PointRef> points) {
        md.append("### ").append(esc(texts.text(titleKey))).append("\n\n");
        if (points.isEmpty()) {
            md.append(esc(texts.text("flags.none"))).append("\n\n");
            return;
        }
        header(md, List.of(texts.text("column.point"), texts.text("column.kind"), texts.text("column.organization"),
                texts.text("column.file")));
        for (PointRef point : points) {
            line(md, List.of(esc(named(texts.point(point), point.name())), esc(texts.label(point.kind())),
                    esc(nullToEmpty(point.organization())), esc(paths.display(point.file()))));
        }
        md.append('\n').append(esc(texts.text("flags.count", points.size()))).append("\n\n");
    }

    private void findings(StringBuilder md, ValidationReport validation) {
        heading(md, "section.findings");
        md.append(esc(texts.text("findings.summary", validation.pointFiles(), validation.processFiles(),
                validation.errors(), validation.warnings()))).append("\n\n");
        if (validation.findings().isEmpty()) {
            md.append(esc(texts.text("findings.none"))).append("\n\n");
            return;
        }
        header(md, List.of(texts.text("column.severity"), texts.text("column.where"), texts.text("column.finding"),
                texts.text("column.rule")));
        for (Finding finding : validation.findings()) {
            boolean error = finding.severity() == Severity.ERROR;
            String where = paths.display(finding.location().file());
            if (finding.location().line() > 0) {
                where += ":" + finding.location().line() + ":" + finding.location().column();
            }
            String message = esc(findingTexts.message(finding));
            String hint = findingTexts.hint(finding);
            if (hint != null) {
                message += "<br>" + esc(texts.text("findings.hint") + ": " + hint);
            }
            line(md, List.of((error ? "✗ " : "⚠ ") + texts.text(error ? "severity.error" : "severity.warning"),
                    esc(where), message, esc(finding.rule() + ", " + texts.clause(finding.clause().number()))));
        }
        md.append('\n');
    }

    private void changes(StringBuilder md, ControlReport report) {
        heading(md, "section.changes");
        if (report.changes().isEmpty()) {
            md.append(esc(texts.text("changes.unavailable"))).append("\n\n");
            return;
        }
        ChangesSinceApproval changes = report.changes().get();
        texts.since(changes).ifPresent(s -> md.append(esc(s)).append("\n\n"));
        if (changes.changes().isEmpty()) {
            md.append(esc(texts.text("changes.none"))).append("\n\n");
            return;
        }
        header(md, List.of(texts.text("column.change"), texts.text("column.clause"), texts.text("column.id"),
                texts.text("column.details"), texts.text("column.file")));
        for (Change change : changes.changes()) {
            line(md, List.of((change.type().requiresActualization() ? "● " : "") + texts.changeType(change.type()),
                    change.clause() == null ? "" : texts.clause(change.clause().number()),
                    esc(nullToEmpty(change.id())), esc(texts.details(change)),
                    change.file() == null ? "" : esc(paths.display(change.file()))));
        }
        md.append("\n● ").append(esc(texts.text("changes.actualization"))).append("\n\n");
    }

    private static void header(StringBuilder md, List<String> cells) {
        line(md, cells.stream().map(MarkdownRenderer::esc).toList());
        md.append('|');
        cells.forEach(c -> md.append("---|"));
        md.append('\n');
    }

    private static void line(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append('\n');
    }

    /** An id and a name as one cell, either of which may be missing from a half-filled file. */
    private static String named(String id, String name) {
        return (nullToEmpty(id) + " " + nullToEmpty(name)).strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Text safe in a Markdown table cell: markup characters become entities or are backslash-escaped,
     * a line break becomes a space, so register text shows as written and never as markup.
     */
    static String esc(String text) {
        return MarkdownText.escape(text);
    }
}
