package ru.perechen.tp.spreadsheet;

import java.util.List;

import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;

/**
 * A process the sheet describes, as read from a row's process columns: what it takes to create the
 * process when the register does not have it. The id is given by the sheet or, for a new process
 * the sheet names only, allocated when the process is created.
 */
final class SheetProcess {

    String id;
    final String name;
    final ClientType client;
    final ProcessCategory category;
    final ProcessScope scope;
    final String unit;
    final List<Basis> basis;
    final String note;
    final String sheet;
    final int row;
    /** What could not be read in the process columns; it costs the row only when the process is to be created. */
    final List<Message> problems;

    private SheetProcess(String id, String name, ClientType client, ProcessCategory category, ProcessScope scope,
                         String unit, List<Basis> basis, String note, String sheet, int row, List<Message> problems) {
        this.id = id;
        this.name = name;
        this.client = client;
        this.category = category;
        this.scope = scope;
        this.unit = unit;
        this.basis = basis;
        this.note = note;
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    /**
     * Reads the process columns of a row (the id and name are the caller's: a row may name several
     * processes). Problems are the draft's, not the row's: they cost the row only if the process is created.
     */
    static SheetProcess read(Cells row, RegisterLookup lookup, String id, String name, String sheet) {
        Cells cells = row.fresh();
        ProcessCategory category = cells.code(Field.CATEGORY, ProcessCategory.class);
        ClientType client = cells.code(Field.CLIENT, ClientType.class);
        if (client == null && category != null && cells.text(Field.CLIENT) == null) {
            client = category.client(); // 4.6 ties each category to one client type
        }
        ProcessScope scope = cells.code(Field.SCOPE, ProcessScope.class);
        String unit = null;
        String unitText = cells.text(Field.PROCESS_UNIT);
        if (unitText != null) {
            RegisterLookup.Match match = lookup.unit(unitText, null);
            if (match.found()) {
                unit = match.id();
            } else if (match.ambiguous()) {
                cells.problem("import.row.ambiguous-unit", cells.header(Field.PROCESS_UNIT), unitText,
                        String.join(", ", match.candidates()));
            } else {
                cells.problem("import.row.unknown-unit", cells.header(Field.PROCESS_UNIT), unitText);
            }
        }
        List<Basis> basis = cells.basis(Field.PROCESS_BASIS, sheet);
        String note = cells.text(Field.PROCESS_NOTE);
        return new SheetProcess(id, name, client, category, scope, unit, basis, note, sheet, cells.row(),
                List.copyOf(cells.problems()));
    }

    /** The same process named by another row: the same columns, another id or name. */
    SheetProcess named(String otherId, String otherName) {
        return new SheetProcess(otherId, otherName, client, category, scope, unit, basis, note, sheet, row, problems);
    }

    InteractionProcess toProcess(String file) {
        return new InteractionProcess(id, name, client, category, scope, unit, basis, note,
                Origin.of(Location.ofFile(file)));
    }

    /** Whether this row says something about the process that {@code first}, the row that created it, does not. */
    boolean differsFrom(SheetProcess first) {
        return name != null && !LooseText.key(name).equals(first.name == null ? "" : LooseText.key(first.name))
                || client != null && client != first.client
                || category != null && category != first.category
                || scope != null && scope != first.scope
                || unit != null && !unit.equals(first.unit)
                || note != null && !note.equals(first.note);
    }
}
