package ru.perechen.tp.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
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
    private final RecordOrder order;
    /** Cells that repeat across points, made once per distinct value (see TextCache). */
    private final TextCache<List<? extends Code>> joinedLabels = new TextCache<>(this::joinLabels);
    private final TextCache<Map<Requirement, Assessment>> requirementLines = new TextCache<>(this::requirementLines);

    SnapshotTables(Snapshot snapshot) {
        this(snapshot, RecordOrder.of(snapshot.register()));
    }

    SnapshotTables(Snapshot snapshot, RecordOrder order) {
        this.snapshot = snapshot;
        this.register = snapshot.register();
        this.texts = Texts.of(snapshot.locale());
        this.order = order;
    }

    /** The tables in the order of the workbook's sheets. */
    List<Table> all() {
        return List.of(register(), points(), processes(), changes());
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
        return new Table(texts.get("sheet.register"), columns, RegisterRows::new);
    }

    /**
     * The register's rows, made as they are read: one per point and process it serves (one with the
     * process columns empty for a point with none). A point's own cells are made once for all its rows.
     */
    private final class RegisterRows implements Iterator<List<String>> {
        private static final int POINT_COLUMNS = 9;
        private static final int LINK_COLUMNS = 5;
        private static final int TAIL_COLUMNS = 8;

        private final Iterator<Point> points = order.points().iterator();
        private List<ProcessLink> links = List.of();
        private int next;
        private final String[] head = new String[POINT_COLUMNS];
        private final String[] tail = new String[TAIL_COLUMNS];

        @Override
        public boolean hasNext() {
            return next < links.size() || points.hasNext();
        }

        @Override
        public List<String> next() {
            if (next >= links.size()) {
                nextPoint();
            }
            ProcessLink link = links.get(next++);
            String[] row = new String[POINT_COLUMNS + LINK_COLUMNS + TAIL_COLUMNS];
            System.arraycopy(head, 0, row, 0, POINT_COLUMNS);
            InteractionProcess process = link == null || link.process() == null ? null
                    : register.process(link.process()).orElse(null);
            row[POINT_COLUMNS] = link == null ? "" : text(link.process());
            row[POINT_COLUMNS + 1] = process == null ? "" : text(process.name());
            row[POINT_COLUMNS + 2] = process == null ? "" : texts.label(process.client());
            row[POINT_COLUMNS + 3] = link == null ? "" : needs(link.needs());
            row[POINT_COLUMNS + 4] = link == null ? "" : text(link.other());
            System.arraycopy(tail, 0, row, POINT_COLUMNS + LINK_COLUMNS, TAIL_COLUMNS);
            return Arrays.asList(row);
        }

        private void nextPoint() {
            Point point = points.next();
            List<ProcessLink> all = point.processes() == null ? List.of() : point.processes();
            // A point with no process still has its row, with the process columns empty.
            links = all.isEmpty() ? Collections.singletonList(null) : all;
            next = 0;
            head[0] = text(point.id());
            head[1] = text(point.name());
            head[2] = texts.label(point.kind());
            head[3] = texts.label(point.effectiveChannel());
            head[4] = text(point.organization());
            head[5] = organizationName(point.organization());
            head[6] = text(point.unit());
            head[7] = unitName(point.unit());
            head[8] = text(point.address());
            List<String> pointTail = new ArrayList<>(TAIL_COLUMNS);
            pointTail(point, pointTail);
            pointTail.toArray(tail);
        }
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
        return new Table(texts.get("sheet.points"), columns, () -> order.points().stream().map(point -> {
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
        return new Table(texts.get("sheet.processes"), columns, () -> order.processes().stream().map(process -> {
            List<Point> points = order.pointsOf(process.id());
            List<String> row = new ArrayList<>(10);
            row.add(text(process.id()));
            row.add(text(process.name()));
            row.add(texts.label(process.client()));
            row.add(texts.label(process.category()));
            row.add(texts.label(process.scope()));
            row.add(unitName(process.unit()));
            row.add(Integer.toString(points.size()));
            row.add(points.stream().map(Point::id).map(SnapshotTables::text)
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
        return codes == null ? "" : joinedLabels.get(codes);
    }

    private String joinLabels(List<? extends Code> codes) {
        return codes.stream().map(texts::label).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** One requirement per line, in the Order's sequence: «label: assessment». */
    private String requirements(Map<Requirement, Assessment> requirements) {
        return requirements == null ? "" : requirementLines.get(requirements);
    }

    private String requirementLines(Map<Requirement, Assessment> requirements) {
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
        StringBuilder lines = new StringBuilder(basis.size() * 80);
        for (Basis item : basis) {
            if (lines.length() > 0) {
                lines.append(LINE_SEPARATOR);
            }
            lines.append(texts.label(item.type())).append(": ").append(text(item.title()));
        }
        return lines.toString();
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
