package ru.perechen.tp.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Unit;

/**
 * The tables of a snapshot: the register (one row per point and process it serves, the same rows in
 * the CSV file and the first sheet), the points, the processes and the changes. The register's
 * columns are documented in docs/publishing.md: they are what a later import reads back, so change
 * them only together with that page.
 */
final class SnapshotTables {

    /** Joins the labels of a list within one cell; no label of the Order contains it. */
    static final String LIST_SEPARATOR = "; ";
    /** Joins the items of a cell that may themselves contain {@code ;}, such as titles of acts. */
    static final String LINE_SEPARATOR = "\n";

    private final Snapshot snapshot;
    private final Register register;
    private final Texts texts;

    SnapshotTables(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.register = snapshot.register();
        this.texts = Texts.of(snapshot.locale());
    }

    /** The tables in the order of the workbook's sheets. */
    List<Table> all() {
        return List.of(register(), points(), processes(), changes());
    }

    /** The points in id order (ties in file order). */
    static List<Point> sortedPoints(Register register) {
        return register.points().stream().sorted(Comparator.comparing(Point::id, IdOrder.IDS)).toList();
    }

    /** The processes in id order (ties in file order). */
    static List<InteractionProcess> sortedProcesses(Register register) {
        return register.processes().stream()
                .sorted(Comparator.comparing(InteractionProcess::id, IdOrder.IDS)).toList();
    }

    Table register() {
        List<Table.Column> columns = List.of(
                column("column.point-id", 11), column("column.point-name", 40), column("column.kind", 30),
                column("column.channel", 10), column("column.organization-id", 14), column("column.organization", 40),
                column("column.unit-id", 18), column("column.unit", 40), column("column.address", 36),
                column("column.process-id", 11), column("column.process-name", 50), column("column.client", 16),
                column("column.needs", 45), column("column.other", 30), column("column.survey", 32),
                column("column.demand", 20), column("column.appeals-tracked", 12), column("column.accessibility", 36),
                column("column.history", 12), column("column.requirements", 50), column("column.basis", 60),
                column("column.note", 40));
        return new Table(texts.get("sheet.register"), columns, () -> registerRows().iterator());
    }

    private List<List<String>> registerRows() {
        List<List<String>> rows = new ArrayList<>();
        for (Point point : sortedPoints(register)) {
            List<ProcessLink> links = point.processes() == null ? List.of() : point.processes();
            if (links.isEmpty()) {
                rows.add(registerRow(point, null));
            }
            for (ProcessLink link : links) {
                rows.add(registerRow(point, link));
            }
        }
        return rows;
    }

    private List<String> registerRow(Point point, ProcessLink link) {
        InteractionProcess process = link == null || link.process() == null ? null
                : register.process(link.process()).orElse(null);
        List<String> row = new ArrayList<>(22);
        row.add(text(point.id()));
        row.add(text(point.name()));
        row.add(texts.label(point.kind()));
        row.add(texts.label(point.effectiveChannel()));
        row.add(text(point.organization()));
        row.add(organizationName(point.organization()));
        row.add(text(point.unit()));
        row.add(unitName(point.unit()));
        row.add(text(point.address()));
        row.add(link == null ? "" : text(link.process()));
        row.add(process == null ? "" : text(process.name()));
        row.add(process == null ? "" : texts.label(process.client()));
        row.add(link == null ? "" : needs(link.needs()));
        row.add(link == null ? "" : text(link.other()));
        pointTail(point, row);
        return row;
    }

    /** The columns of a point after its address and processes, shared by the register and points tables. */
    private void pointTail(Point point, List<String> row) {
        row.add(text(point.survey()));
        row.add(texts.label(point.demand()));
        row.add(texts.yesNo(point.appealsTracked()));
        row.add(labels(point.accessibility()));
        row.add(texts.yesNo(point.history()));
        row.add(requirements(point.requirements()));
        row.add(basis(point.basis()));
        row.add(text(point.note()));
    }

    Table points() {
        List<Table.Column> columns = List.of(
                column("column.point-id", 11), column("column.point-name", 40), column("column.kind", 30),
                column("column.channel", 10), column("column.organization", 40), column("column.unit", 40),
                column("column.address", 36), column("column.processes", 30), column("column.survey", 32),
                column("column.demand", 20), column("column.appeals-tracked", 12), column("column.accessibility", 36),
                column("column.history", 12), column("column.requirements", 50), column("column.basis", 60),
                column("column.note", 40));
        return new Table(texts.get("sheet.points"), columns, () -> sortedPoints(register).stream().map(point -> {
            List<String> row = new ArrayList<>(16);
            row.add(text(point.id()));
            row.add(text(point.name()));
            row.add(texts.label(point.kind()));
            row.add(texts.label(point.effectiveChannel()));
            row.add(organizationName(point.organization()));
            row.add(unitName(point.unit()));
            row.add(text(point.address()));
            row.add(point.processes() == null ? "" : point.processes().stream()
                    .map(ProcessLink::process).map(SnapshotTables::text)
                    .collect(Collectors.joining(LIST_SEPARATOR)));
            pointTail(point, row);
            return (List<String>) row;
        }).iterator());
    }

    Table processes() {
        List<Table.Column> columns = List.of(
                column("column.process-id", 11), column("column.process-name", 60), column("column.client", 16),
                column("column.category", 40), column("column.scope", 20), column("column.unit", 40),
                column("column.point-count", 10), column("column.points", 40), column("column.basis", 60),
                column("column.note", 40));
        return new Table(texts.get("sheet.processes"), columns, () -> sortedProcesses(register).stream().map(process -> {
            List<Point> points = process.id() == null ? List.of() : register.pointsOf(process.id());
            List<String> row = new ArrayList<>(10);
            row.add(text(process.id()));
            row.add(text(process.name()));
            row.add(texts.label(process.client()));
            row.add(texts.label(process.category()));
            row.add(texts.label(process.scope()));
            row.add(unitName(process.unit()));
            row.add(Integer.toString(points.size()));
            row.add(points.stream().map(Point::id).sorted(IdOrder.IDS).map(SnapshotTables::text)
                    .collect(Collectors.joining(LIST_SEPARATOR)));
            row.add(basis(process.basis()));
            row.add(text(process.note()));
            return (List<String>) row;
        }).iterator());
    }

    Table changes() {
        ChangeTexts changeTexts = new ChangeTexts(texts, register);
        List<Table.Column> columns = List.of(
                column("column.change", 30), column("column.clause", 10), column("column.id", 11),
                column("column.name", 50), column("column.details", 70), column("column.file", 30));
        return new Table(texts.get("sheet.changes"), columns, () -> snapshot.changes().stream().map(change -> List.of(
                changeTexts.type(change), change.clause() == null ? "" : change.clause().number(),
                text(change.id()), changeTexts.name(change), changeTexts.details(change),
                text(change.file()))).iterator());
    }

    private Table.Column column(String key, int width) {
        return new Table.Column(texts.get(key), width);
    }

    private String organizationName(String id) {
        return id == null ? "" : register.organization(id).map(Organization::name).map(SnapshotTables::text).orElse("");
    }

    private String unitName(String id) {
        return id == null ? "" : register.unit(id).map(Unit::name).map(SnapshotTables::text).orElse("");
    }

    private String needs(List<Need> needs) {
        return labels(needs);
    }

    private String labels(List<? extends Code> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(texts::label).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** One requirement per line, in the Order's sequence: «label: assessment». */
    private String requirements(Map<Requirement, Assessment> requirements) {
        if (requirements == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Requirement requirement : Requirement.values()) {
            Assessment assessment = requirements.get(requirement);
            if (assessment != null) {
                lines.add(requirement.letter() + ") " + texts.label(requirement) + ": " + texts.label(assessment));
            }
        }
        return String.join(LINE_SEPARATOR, lines);
    }

    /** One document per line: «kind: title». */
    private String basis(List<Basis> basis) {
        if (basis == null) {
            return "";
        }
        return basis.stream().map(b -> texts.label(b.type()) + ": " + text(b.title()))
                .collect(Collectors.joining(LINE_SEPARATOR));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A change's texts for a reader: what kind of change, what it concerns, and what changed. */
    static final class ChangeTexts {
        private final Texts texts;
        private final Register register;

        ChangeTexts(Texts texts, Register register) {
            this.texts = texts;
            this.register = register;
        }

        String type(Change change) {
            return texts.get("change." + change.type().code());
        }

        /** The name of the point or process in this version; empty when it was excluded. */
        String name(Change change) {
            if (change.id() == null) {
                return "";
            }
            return register.point(change.id()).map(Point::name)
                    .or(() -> register.process(change.id()).map(InteractionProcess::name))
                    .map(SnapshotTables::text).orElse("");
        }

        String details(Change change) {
            return switch (change.type()) {
                case KIND_CHANGED -> texts.get("change.kind", kindLabel(change.from()), kindLabel(change.to()));
                case NEEDS_CHANGED -> needsDetails(change);
                case FIELD_CHANGED -> texts.get("change.field", text(change.field()), shown(change.from()),
                        shown(change.to()));
                default -> "";
            };
        }

        private String needsDetails(Change change) {
            List<String> parts = new ArrayList<>();
            parts.add(texts.get("change.process", text(change.process())));
            if (!change.added().isEmpty()) {
                parts.add(texts.get("change.needs-added", needLabels(change.added())));
            }
            if (!change.removed().isEmpty()) {
                parts.add(texts.get("change.needs-removed", needLabels(change.removed())));
            }
            return String.join(LIST_SEPARATOR, parts);
        }

        private String needLabels(List<String> codes) {
            return codes.stream().map(code -> ru.perechen.tp.model.Codes.find(Need.class, code)
                    .map(texts::label).orElse(code)).map(label -> "«" + label + "»")
                    .collect(Collectors.joining(", "));
        }

        private String kindLabel(String code) {
            if (code == null) {
                return texts.get("value.none");
            }
            return ru.perechen.tp.model.Codes.find(ru.perechen.tp.model.PointKind.class, code)
                    .map(texts::label).orElse(code);
        }

        private String shown(String value) {
            return value == null ? texts.get("value.none") : "«" + value + "»";
        }
    }
}
