package ru.perechen.tp.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import ru.perechen.tp.draft.Placement;
import ru.perechen.tp.draft.SchemaLine;
import ru.perechen.tp.load.RecordFormat;
import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.spreadsheet.ImportPlan.Outcome;
import ru.perechen.tp.spreadsheet.ImportPlan.PlannedFile;
import ru.perechen.tp.spreadsheet.ImportPlan.RowMessage;

/**
 * Turns the sheets of one spreadsheet into an {@link ImportPlan} for one register: finds the table
 * of points (and sheets of processes), reads each row, resolves organizations, units and
 * processes against the register, merges the rows of one point (4.11: one point, several process
 * links), gives new points and processes the next free ids, and decides for each record file
 * whether it is created, left as it is, or (with {@code --force}) replaced.
 */
final class ImportPlanner {

    private final Path root;
    private final Register register;
    private final String file;
    private final ColumnMapping mapping;
    private final boolean force;
    private final List<Sheet> sheets;
    private final boolean csv;
    private final RegisterLookup lookup;
    private final Vocabulary vocabulary;
    private final SchemaLine schemaLine;

    private final List<RowMessage> rejected = new ArrayList<>();
    private final List<RowMessage> notes = new ArrayList<>();
    /** Processes the import creates, by id, in the order they were met. */
    private final Map<String, SheetProcess> created = new LinkedHashMap<>();
    private final Map<String, String> createdByName = new HashMap<>();
    private final Set<String> linkedExisting = new HashSet<>();
    private IdAllocator processIds;
    /** The name of the sheet of points, once found. */
    private String pointsSheet;
    private Columns pointsColumns;

    ImportPlanner(Path root, Register register, String file, ColumnMapping mapping, boolean force, List<Sheet> sheets,
                  boolean csv) {
        this.root = root;
        this.register = register;
        this.file = file;
        this.mapping = mapping;
        this.force = force;
        this.sheets = sheets;
        this.csv = csv;
        this.lookup = new RegisterLookup(register);
        this.vocabulary = Vocabulary.standard().with(mapping.values());
        this.schemaLine = SchemaLine.of(root);
    }

    ImportPlan plan() throws ImportException {
        Table points = pointsTable();
        List<Table> processTables = processTables(points.sheet());
        processIds = new IdAllocator("PR-", processIdsInUse(points, processTables));
        IdAllocator pointIds = new IdAllocator("TP-", pointIdsInUse(points));
        for (Table table : processTables) {
            columnNotes(table);
            readProcessTable(table);
        }
        columnNotes(points);
        List<PointRow> rows = readPointRows(points);
        List<Group> groups = group(rows);
        List<PlannedFile> files = new ArrayList<>();
        List<Point> built = new ArrayList<>();
        for (Group group : groups) {
            Point point = build(group, pointIds);
            built.add(point);
            files.add(planned(group.path, PlannedFile.Kind.POINT, point.id(),
                    RecordYaml.point(point, schemaLine.forFile(group.path, SchemaLine.POINT_SCHEMA))));
        }
        List<InteractionProcess> newProcesses = new ArrayList<>();
        for (SheetProcess draft : created.values()) {
            String path = processPath(draft);
            InteractionProcess process = draft.toProcess(path);
            newProcesses.add(process);
            files.add(planned(path, PlannedFile.Kind.PROCESS, process.id(),
                    RecordYaml.process(process, schemaLine.forFile(path, SchemaLine.PROCESS_SCHEMA))));
        }
        files.sort(Comparator.comparing((PlannedFile f) -> f.kind() == PlannedFile.Kind.POINT)
                .thenComparing(PlannedFile::id, ImportPlanner::compareIds));
        ImportPlan.Source source = new ImportPlan.Source(file, csv ? null : points.sheet().name(),
                points.columns().headerRow(), points.dataRows().size(),
                processTables.stream().map(t -> t.sheet().name()).toList(), groups.size(), linkedExisting.size());
        return new ImportPlan(source, files, grouped(rejected), grouped(notes), toFill(built, newProcesses));
    }

    /** A sheet read as a table: its columns and the rows below its headers. */
    private record Table(Sheet sheet, Columns columns) {

        List<Sheet.Row> dataRows() {
            return sheet.rows().stream().filter(row -> row.number() > columns.headerRow() && !row.blank()).toList();
        }
    }

    // --- finding the tables ---

    private Table pointsTable() throws ImportException {
        if (sheets.isEmpty() || sheets.stream().allMatch(sheet -> sheet.rows().stream().allMatch(Sheet.Row::blank))) {
            throw new ImportException("import.error.empty", file);
        }
        if (mapping.sheet() != null) {
            Sheet sheet = sheetNamed(mapping.sheet());
            Columns columns = Columns.find(sheet, mapping, false, mapping.headerRow())
                    .orElseThrow(() -> noHeader(sheet));
            if (!columns.has(Field.KIND)) {
                throw new ImportException("import.error.no-kind-column", file, sheet.name(), columns.headerRow());
            }
            return new Table(sheet, columns);
        }
        Columns firstFound = null;
        Sheet firstSheet = null;
        for (Sheet sheet : sheets) {
            Optional<Columns> columns = Columns.find(sheet, mapping, false, mapping.headerRow());
            if (columns.isPresent() && columns.get().has(Field.KIND)) {
                return new Table(sheet, columns.get());
            }
            if (columns.isPresent() && firstFound == null) {
                firstFound = columns.get();
                firstSheet = sheet;
            }
        }
        if (firstFound != null) {
            throw new ImportException("import.error.no-kind-column", file, firstSheet.name(), firstFound.headerRow());
        }
        throw noHeader(sheets.get(0));
    }

    private ImportException noHeader(Sheet sheet) {
        return mapping.headerRow() != null
                ? new ImportException("import.error.no-header-row", file, sheet.name(), mapping.headerRow())
                : new ImportException("import.error.no-header", file, sheet.name(), Columns.HEADER_SEARCH_ROWS);
    }

    private Sheet sheetNamed(String name) throws ImportException {
        for (Sheet sheet : sheets) {
            if (sheet.name().equals(name)) {
                return sheet;
            }
        }
        for (Sheet sheet : sheets) {
            if (LooseText.key(sheet.name()).equals(LooseText.key(name))) {
                return sheet;
            }
        }
        throw new ImportException("import.error.no-sheet", file, name,
                String.join(", ", sheets.stream().map(s -> "«" + s.name() + "»").toList()));
    }

    /** The sheets of processes: the one the mapping names, or every other sheet that reads as one. */
    private List<Table> processTables(Sheet pointsSheet) throws ImportException {
        List<Table> tables = new ArrayList<>();
        if (mapping.processesSheet() != null) {
            Sheet sheet = sheetNamed(mapping.processesSheet());
            Columns columns = Columns.find(sheet, mapping, true, null).filter(ImportPlanner::describesProcesses)
                    .orElseThrow(() -> new ImportException("import.error.no-process-columns", file, sheet.name()));
            tables.add(new Table(sheet, columns));
            return tables;
        }
        for (Sheet sheet : sheets) {
            if (sheet == pointsSheet) {
                continue;
            }
            Columns.find(sheet, mapping, true, null).filter(ImportPlanner::describesProcesses)
                    .ifPresent(columns -> tables.add(new Table(sheet, columns)));
        }
        return tables;
    }

    private static boolean describesProcesses(Columns columns) {
        return (columns.has(Field.PROCESS_ID) || columns.has(Field.PROCESS_NAME))
                && (columns.has(Field.CATEGORY) || columns.has(Field.SCOPE));
    }

    private void columnNotes(Table table) {
        String sheet = sheetName(table);
        Columns columns = table.columns();
        for (int column : columns.unknown()) {
            notes.add(new RowMessage(sheet, 0, 0, Message.of("import.note.unknown-column", Sheet.columnName(column),
                    columns.headerOf(column))));
        }
        columns.repeated().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(repeat ->
                notes.add(new RowMessage(sheet, 0, 0, Message.of("import.note.repeated-column",
                        Sheet.columnName(repeat.getKey()), columns.headerOf(repeat.getKey()),
                        Sheet.columnName(repeat.getValue())))));
    }

    private String sheetName(Table table) {
        return csv ? null : table.sheet().name();
    }

    // --- ids in use ---

    private Set<String> processIdsInUse(Table points, List<Table> processTables) {
        Set<String> ids = new HashSet<>(fileIds(Placement.PROCESSES));
        register.processes().forEach(process -> ids.add(process.id()));
        for (Table table : processTables) {
            for (Sheet.Row row : table.dataRows()) {
                String id = table.columns().value(row, Field.PROCESS_ID);
                if (id != null && Cells.processId(id) != null) {
                    ids.add(Cells.processId(id));
                }
            }
        }
        for (Sheet.Row row : points.dataRows()) {
            for (Field field : List.of(Field.PROCESS_ID, Field.PROCESS_NAME)) {
                String text = points.columns().value(row, field);
                if (text != null) {
                    for (String piece : text.split("[;,\\r\\n]+")) {
                        String id = Cells.processId(piece);
                        if (id != null) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        return ids;
    }

    private Set<String> pointIdsInUse(Table points) {
        Set<String> ids = new HashSet<>(fileIds(Placement.POINTS));
        register.points().forEach(point -> ids.add(point.id()));
        for (Sheet.Row row : points.dataRows()) {
            Cells cells = new Cells(points.columns(), vocabulary, row);
            String id = cells.pointId(Field.POINT_ID);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The ids the record files of a folder are named after, read or not (a broken file still holds its id). */
    private Set<String> fileIds(String folder) {
        Set<String> ids = new HashSet<>();
        Path top = root.resolve(folder);
        if (!Files.isDirectory(top)) {
            return ids;
        }
        try (Stream<Path> files = Files.walk(top)) {
            files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .forEach(name -> ids.add(name.substring(0, name.length() - ".yaml".length())));
        } catch (IOException | java.io.UncheckedIOException e) {
            // the register's own ids still count; a folder that cannot be listed was reported by the loader
        }
        return ids;
    }

    // --- processes ---

    private void readProcessTable(Table table) {
        String sheet = sheetName(table);
        for (Sheet.Row row : table.dataRows()) {
            Cells cells = new Cells(table.columns(), vocabulary, row);
            String idText = cells.text(Field.PROCESS_ID);
            String id = idText == null ? null : Cells.processId(idText);
            if (idText != null && id == null) {
                cells.problem("import.row.bad-process-id", cells.header(Field.PROCESS_ID), idText);
            }
            String name = cells.text(Field.PROCESS_NAME);
            SheetProcess draft = SheetProcess.read(cells, lookup, id, name, table.sheet().name());
            List<Message> problems = new ArrayList<>(cells.problems());
            if (id != null && register.process(id).isPresent()) {
                continue; // the register's process stays as it is
            }
            if (id == null && name != null && !lookup.processesNamed(name).isEmpty()) {
                continue;
            }
            if (name == null) {
                problems.add(Message.of("import.row.no-process-name", cells.header(Field.PROCESS_NAME)));
            }
            problems.addAll(draft.problems);
            if (!problems.isEmpty()) {
                problems.forEach(problem -> rejected.add(new RowMessage(sheet, row.number(), row.number(), problem)));
                continue;
            }
            if (id != null && created.containsKey(id) || id == null && createdByName.containsKey(LooseText.key(name))) {
                continue;
            }
            commit(draft);
        }
    }

    /** Takes a process to be created into the plan; a new name met twice in one row is one process. */
    private void commit(SheetProcess draft) {
        if (draft.id == null && createdByName.containsKey(LooseText.key(draft.name))) {
            draft.id = createdByName.get(LooseText.key(draft.name));
            return;
        }
        if (draft.id == null) {
            draft.id = processIds.next();
        }
        created.put(draft.id, draft);
        if (draft.name != null) {
            createdByName.putIfAbsent(LooseText.key(draft.name), draft.id);
        }
    }

    /** A process a row names: by id, by name, or both (a name in the id's row creates the process if need be). */
    private record ProcessRef(String id, String name) {
    }

    /** A process a row links: one with an id (the register's or already created), or one to create. */
    private record ProcessTarget(String id, SheetProcess toCreate) {
    }

    /** The processes a row links: found in the register or among those created, or to be created from the row. */
    private List<ProcessTarget> resolveProcesses(Cells cells) {
        List<String> ids = cells.processIds(Field.PROCESS_ID);
        List<String> names = cells.lines(Field.PROCESS_NAME);
        List<ProcessRef> refs = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (int i = 0; i < ids.size(); i++) {
                refs.add(new ProcessRef(ids.get(i), names.size() == ids.size() ? names.get(i) : null));
            }
        } else {
            for (String name : names) {
                String id = Cells.processId(name);
                refs.add(id != null ? new ProcessRef(id, null) : new ProcessRef(null, name));
            }
        }
        SheetProcess details = SheetProcess.read(cells, lookup, null, null, pointsSheet);
        List<ProcessTarget> targets = new ArrayList<>();
        for (ProcessRef ref : refs) {
            if (ref.id() != null) {
                if (register.process(ref.id()).isPresent() || created.containsKey(ref.id())) {
                    targets.add(new ProcessTarget(ref.id(), null));
                } else if (ref.name() != null) {
                    targets.add(creation(cells, details.named(ref.id(), ref.name())));
                } else {
                    cells.problem("import.row.unknown-process", ref.id(), cells.header(Field.PROCESS_NAME));
                }
                continue;
            }
            List<String> named = lookup.processesNamed(ref.name());
            if (named.size() > 1) {
                cells.problem("import.row.ambiguous-process", cells.header(Field.PROCESS_NAME), ref.name(),
                        String.join(", ", named));
            } else if (named.size() == 1) {
                targets.add(new ProcessTarget(named.get(0), null));
            } else if (createdByName.containsKey(LooseText.key(ref.name()))) {
                targets.add(new ProcessTarget(createdByName.get(LooseText.key(ref.name())), null));
            } else {
                targets.add(creation(cells, details.named(null, ref.name())));
            }
        }
        return targets;
    }

    /** A process to create from a row; what cannot be read of it costs the row. */
    private static ProcessTarget creation(Cells cells, SheetProcess draft) {
        draft.problems.stream().filter(problem -> !cells.problems().contains(problem))
                .forEach(problem -> cells.problem(problem.key(), problem.args().toArray()));
        return new ProcessTarget(null, draft);
    }

    // --- points ---

    /** What a row says about its point and the processes it serves there. */
    private record PointRow(int row, String id, String name, PointKind kind, Channel channel, String organization,
                            String unit, String address, List<String> processes, List<Need> needs, String other,
                            String survey, Demand demand, Boolean appealsTracked,
                            List<AccessibilityFeature> accessibility, Boolean history,
                            Map<Requirement, Assessment> requirements, List<Basis> basis, String note) {

        /** The point's own fields, compared between the rows of one point. */
        Map<Field, Object> pointFields() {
            Map<Field, Object> fields = new LinkedHashMap<>();
            fields.put(Field.POINT_NAME, name);
            fields.put(Field.KIND, kind);
            fields.put(Field.CHANNEL, channel);
            fields.put(Field.ORGANIZATION_ID, organization);
            fields.put(Field.UNIT_ID, unit);
            fields.put(Field.ADDRESS, address);
            fields.put(Field.SURVEY, survey);
            fields.put(Field.DEMAND, demand);
            fields.put(Field.APPEALS_TRACKED, appealsTracked);
            fields.put(Field.ACCESSIBILITY, accessibility);
            fields.put(Field.HISTORY, history);
            fields.put(Field.REQUIREMENTS, requirements);
            fields.put(Field.BASIS, basis == null ? null
                    : basis.stream().map(b -> Objects.toString(b.type()) + "|" + b.title()).toList());
            fields.put(Field.NOTE, note);
            return fields;
        }
    }

    private List<PointRow> readPointRows(Table table) {
        String sheet = sheetName(table);
        pointsSheet = table.sheet().name();
        pointsColumns = table.columns();
        List<PointRow> rows = new ArrayList<>();
        for (Sheet.Row row : table.dataRows()) {
            Cells cells = new Cells(table.columns(), vocabulary, row);
            PointRow read = readPoint(cells);
            if (!cells.problems().isEmpty()) {
                cells.problems().forEach(problem ->
                        rejected.add(new RowMessage(sheet, row.number(), row.number(), problem)));
                continue;
            }
            rows.add(read);
        }
        return rows;
    }

    private PointRow readPoint(Cells cells) {
        String id = cells.pointId(Field.POINT_ID);
        PointKind kind = cells.code(Field.KIND, PointKind.class);
        if (kind == null && cells.text(Field.KIND) == null) {
            cells.problem("import.row.no-kind", cells.header(Field.KIND));
        }
        Channel channel = cells.code(Field.CHANNEL, Channel.class);
        String unitText = cells.text(Field.UNIT_ID) != null ? cells.text(Field.UNIT_ID) : cells.text(Field.UNIT_NAME);
        Field unitField = cells.text(Field.UNIT_ID) != null ? Field.UNIT_ID : Field.UNIT_NAME;
        String organization = organization(cells);
        String unit = null;
        if (unitText != null) {
            RegisterLookup.Match match = lookup.unit(unitText, organization);
            if (match.found()) {
                unit = match.id();
            } else if (match.ambiguous()) {
                cells.problem("import.row.ambiguous-unit", cells.header(unitField), unitText,
                        String.join(", ", match.candidates()));
            } else {
                cells.problem("import.row.unknown-unit", cells.header(unitField), unitText);
            }
        }
        if (organization == null && unit != null) {
            organization = lookup.organizationOf(unit);
        }
        if (organization == null && !organizationGiven(cells)) {
            if (register.header().organizations().size() == 1) {
                organization = register.header().organizations().get(0).id();
            } else {
                cells.problem("import.row.no-organization");
            }
        }
        String address = cells.text(Field.ADDRESS);
        if (id == null && address == null && cells.text(Field.POINT_ID) == null) {
            cells.problem("import.row.cannot-identify", cells.header(Field.ADDRESS));
        }
        List<Need> needs = cells.codes(Field.NEEDS, Need.class);
        Demand demand = cells.code(Field.DEMAND, Demand.class);
        Boolean appealsTracked = cells.bool(Field.APPEALS_TRACKED);
        List<AccessibilityFeature> accessibility = cells.codes(Field.ACCESSIBILITY, AccessibilityFeature.class);
        Boolean history = cells.bool(Field.HISTORY);
        Map<Requirement, Assessment> requirements = cells.requirements(Field.REQUIREMENTS, kind);
        List<Basis> basis = cells.basis(Field.BASIS, file);
        List<String> processes = new ArrayList<>();
        if (cells.problems().isEmpty()) {
            List<ProcessTarget> targets = resolveProcesses(cells);
            if (cells.problems().isEmpty()) {
                noteProcessConflicts(cells, targets);
                for (ProcessTarget target : targets) {
                    if (target.toCreate() != null) {
                        commit(target.toCreate());
                        processes.add(target.toCreate().id);
                    } else {
                        if (register.process(target.id()).isPresent()) {
                            linkedExisting.add(target.id());
                        }
                        processes.add(target.id());
                    }
                }
            }
        }
        return new PointRow(cells.row(), id, cells.text(Field.POINT_NAME), kind, channel, organization, unit, address,
                processes, needs == null ? List.of() : needs, cells.text(Field.OTHER), cells.text(Field.SURVEY),
                demand, appealsTracked, accessibility, history, requirements, basis, cells.text(Field.NOTE));
    }

    /** A process created from an earlier row that this row describes otherwise: the earlier row wins, and says so. */
    private void noteProcessConflicts(Cells cells, List<ProcessTarget> targets) {
        SheetProcess details = null;
        for (ProcessTarget target : targets) {
            String id = target.id();
            if (id == null || !created.containsKey(id)) {
                continue;
            }
            SheetProcess first = created.get(id);
            if (first.row == cells.row() && first.sheet.equals(pointsSheet)) {
                continue;
            }
            if (details == null) {
                details = SheetProcess.read(cells, lookup, null, null, pointsSheet);
            }
            String name = cells.lines(Field.PROCESS_NAME).size() == 1 ? cells.lines(Field.PROCESS_NAME).get(0) : null;
            if (details.named(id, name).differsFrom(first)) {
                notes.add(new RowMessage(csv ? null : pointsSheet, cells.row(), cells.row(),
                        first.sheet.equals(pointsSheet) ? Message.of("import.note.process-conflict", id, first.row)
                                : Message.of("import.note.process-conflict-sheet", id, first.row, first.sheet)));
            }
        }
    }

    private boolean organizationGiven(Cells cells) {
        return cells.text(Field.ORGANIZATION_ID) != null || cells.text(Field.ORGANIZATION_NAME) != null;
    }

    private String organization(Cells cells) {
        Field field = cells.text(Field.ORGANIZATION_ID) != null ? Field.ORGANIZATION_ID : Field.ORGANIZATION_NAME;
        String text = cells.text(field);
        if (text == null) {
            return null;
        }
        RegisterLookup.Match match = lookup.organization(text);
        if (match.found()) {
            return match.id();
        }
        if (match.ambiguous()) {
            cells.problem("import.row.ambiguous-organization", cells.header(field), text,
                    String.join(", ", match.candidates()));
        } else {
            cells.problem("import.row.unknown-organization", cells.header(field), text);
        }
        return null;
    }

    /** The rows of one point, and where its file goes. */
    private static final class Group {
        final List<PointRow> rows = new ArrayList<>();
        String id;
        String path;

        PointRow first() {
            return rows.get(0);
        }
    }

    /**
     * Rows with the same point id are one point; rows without one are one point when they have the
     * same kind, organization and normalized address (as the duplicate-point rule compares them),
     * whether with each other or with a point given by id. The first row of a point speaks for it.
     */
    private List<Group> group(List<PointRow> rows) {
        Map<String, Group> byId = new LinkedHashMap<>();
        Map<String, Group> byKey = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (PointRow row : rows) {
            if (row.id() == null) {
                continue;
            }
            Group group = byId.computeIfAbsent(row.id(), id -> {
                Group g = new Group();
                g.id = id;
                groups.add(g);
                return g;
            });
            group.rows.add(row);
            key(row).ifPresent(key -> byKey.putIfAbsent(key, group));
        }
        Map<String, Point> inRegister = registerPointsByKey();
        for (PointRow row : rows) {
            if (row.id() != null) {
                continue;
            }
            String key = key(row).orElse("row " + row.row());
            Group group = byKey.get(key);
            if (group == null) {
                Point same = inRegister.get(key);
                if (same != null) {
                    group = byId.computeIfAbsent(same.id(), id -> {
                        Group g = new Group();
                        g.id = id;
                        groups.add(g);
                        return g;
                    });
                } else {
                    group = new Group();
                    groups.add(group);
                }
                byKey.put(key, group);
            }
            Point same = inRegister.get(key);
            if (same != null && same.id().equals(group.id)) {
                notes.add(new RowMessage(csv ? null : pointsSheet, row.row(), row.row(),
                        Message.of("import.note.existing-point", same.id(), same.origin().file())));
            }
            group.rows.add(row);
        }
        groups.forEach(group -> group.rows.sort(Comparator.comparingInt(PointRow::row)));
        groups.sort(Comparator.comparingInt(group -> group.first().row()));
        return groups;
    }

    private static Optional<String> key(PointRow row) {
        if (row.kind() == null || row.organization() == null || row.address() == null) {
            return Optional.empty();
        }
        return Optional.of(row.kind().code() + "\n" + row.organization() + "\n"
                + Addresses.normalize(row.kind(), row.address()));
    }

    private Map<String, Point> registerPointsByKey() {
        Map<String, Point> byKey = new HashMap<>();
        for (Point point : register.points()) {
            if (point.kind() != null && point.organization() != null && point.address() != null && point.id() != null) {
                byKey.putIfAbsent(point.kind().code() + "\n" + point.organization() + "\n"
                        + Addresses.normalize(point.kind(), point.address()), point);
            }
        }
        return byKey;
    }

    private Point build(Group group, IdAllocator pointIds) {
        PointRow first = group.first();
        String sheet = csv ? null : pointsSheet;
        if (group.id == null) {
            group.id = pointIds.next();
        }
        group.path = register.point(group.id).map(point -> point.origin().file())
                .orElse(pointPath(first.organization(), group.id));
        Map<Field, Object> fields = first.pointFields();
        Map<String, ProcessLink> links = new LinkedHashMap<>();
        Origin origin = Origin.of(Location.ofFile(group.path));
        for (PointRow row : group.rows) {
            if (row != first) {
                for (Map.Entry<Field, Object> field : row.pointFields().entrySet()) {
                    Object value = field.getValue();
                    if (value != null && !value.equals(fields.get(field.getKey()))) {
                        notes.add(new RowMessage(sheet, row.row(), row.row(), Message.of("import.note.conflict",
                                headerOf(field.getKey()), first.row())));
                    }
                }
            }
            for (String process : row.processes()) {
                ProcessLink link = links.get(process);
                if (link == null) {
                    links.put(process, new ProcessLink(process, new ArrayList<>(row.needs()), row.other(), origin));
                } else {
                    row.needs().stream().filter(need -> !link.needs().contains(need)).forEach(link.needs()::add);
                    if (link.other() == null && row.other() != null) {
                        links.put(process, new ProcessLink(process, link.needs(), row.other(), origin));
                    }
                }
            }
        }
        List<ProcessLink> linkList = links.values().stream()
                .map(link -> new ProcessLink(link.process(), List.copyOf(link.needs()), link.other(), origin)).toList();
        // The channel follows from the kind (3.1); written only when the sheet says otherwise, for tp validate to report.
        Channel channel = first.kind() != null && first.channel() == first.kind().channel() ? null : first.channel();
        return new Point(group.id, first.name(), first.kind(), channel, first.organization(), first.unit(),
                first.address(), linkList, first.basis(), first.requirements(), first.survey(), first.demand(),
                first.appealsTracked() == null || first.appealsTracked(),
                first.accessibility() == null ? List.of() : first.accessibility(),
                first.history() != null && first.history(), first.note(), origin);
    }

    /** The header of a point's field as the sheet writes it (the name column of an id the sheet does not have). */
    private String headerOf(Field field) {
        if (field == Field.ORGANIZATION_ID && !pointsColumns.has(field)) {
            return pointsColumns.header(Field.ORGANIZATION_NAME);
        }
        if (field == Field.UNIT_ID && !pointsColumns.has(field)) {
            return pointsColumns.header(Field.UNIT_NAME);
        }
        return pointsColumns.header(field);
    }

    // --- files ---

    /** Where a new process goes: where the register keeps its processes (by unit, by organization, or not). */
    private String processPath(SheetProcess process) {
        return Placement.forProcess(register, process.unit) + "/" + process.id + ".yaml";
    }

    /**
     * Where a new point goes: points/<organization>/ in a register that has no points yet (the
     * layout of the sample register and of docs/format.md), else where the register keeps its points.
     */
    private String pointPath(String organization, String id) {
        String folder = register.points().isEmpty() ? Placement.POINTS + "/" + organization
                : Placement.forPoint(register, organization);
        if (!RecordFormat.LOCAL_ID.matcher(organization).matches()) {
            folder = Placement.POINTS; // no id from register.yaml may lead a file out of its folder
        }
        return folder + "/" + id + ".yaml";
    }

    private PlannedFile planned(String path, PlannedFile.Kind kind, String id, String content) {
        Path target = root.resolve(path);
        Outcome outcome;
        if (Files.exists(target)) {
            outcome = sameContent(target, content) ? Outcome.UNCHANGED : force ? Outcome.REPLACE : Outcome.KEPT;
        } else {
            outcome = Outcome.CREATE;
        }
        return new PlannedFile(path, kind, id, outcome, content);
    }

    private static boolean sameContent(Path target, String content) {
        try {
            return Files.readString(target, StandardCharsets.UTF_8).equals(content);
        } catch (IOException e) {
            return false;
        }
    }

    private static ImportPlan.ToFill toFill(List<Point> points, List<InteractionProcess> processes) {
        int requirements = 0;
        int basis = 0;
        int unit = 0;
        int noProcesses = 0;
        int needs = 0;
        for (Point point : points) {
            requirements += point.requirements() == null || point.requirements().isEmpty() ? 1 : 0;
            basis += point.basis() == null || point.basis().isEmpty()
                    || point.basis().stream().anyMatch(b -> b.type() == null || b.title() == null) ? 1 : 0;
            unit += point.unit() == null ? 1 : 0;
            noProcesses += point.processes().isEmpty() ? 1 : 0;
            needs += (int) point.processes().stream().filter(link -> link.needs().isEmpty()).count();
        }
        int incomplete = (int) processes.stream().filter(p -> p.name() == null || p.client() == null
                || p.category() == null || p.scope() == null || p.unit() == null || p.basis() == null
                || p.basis().isEmpty() || p.basis().stream().anyMatch(b -> b.type() == null || b.title() == null))
                .count();
        return new ImportPlan.ToFill(requirements, basis, unit, noProcesses, needs, incomplete);
    }

    /** Each reason once per run of consecutive rows, in the order of the rows. */
    private static List<RowMessage> grouped(List<RowMessage> messages) {
        Map<List<Object>, List<int[]>> runs = new LinkedHashMap<>();
        for (RowMessage message : messages) {
            List<int[]> ranges = runs.computeIfAbsent(List.of(Objects.toString(message.sheet()), message.message()),
                    k -> new ArrayList<>());
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] + 1 == message.firstRow()) {
                last[1] = message.lastRow();
            } else {
                ranges.add(new int[] {message.firstRow(), message.lastRow()});
            }
        }
        List<RowMessage> out = new ArrayList<>();
        runs.forEach((key, ranges) -> {
            String sheet = "null".equals(key.get(0)) ? null : (String) key.get(0);
            for (int[] range : ranges) {
                out.add(new RowMessage(sheet, range[0], range[1], (Message) key.get(1)));
            }
        });
        List<String> sheetOrder = new ArrayList<>();
        messages.forEach(m -> {
            if (!sheetOrder.contains(Objects.toString(m.sheet()))) {
                sheetOrder.add(Objects.toString(m.sheet()));
            }
        });
        out.sort(Comparator.comparingInt((RowMessage m) -> sheetOrder.indexOf(Objects.toString(m.sheet())))
                .thenComparingInt(RowMessage::firstRow));
        return out;
    }

    static int compareIds(String a, String b) {
        String digitsA = a.replaceAll("^\\D*", "");
        String digitsB = b.replaceAll("^\\D*", "");
        if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.chars().allMatch(Character::isDigit)
                && digitsB.chars().allMatch(Character::isDigit)) {
            int byNumber = new java.math.BigInteger(digitsA).compareTo(new java.math.BigInteger(digitsB));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    }
}
