package ru.perechen.tp.spreadsheet;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.files.ContainedPath;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.spreadsheet.ImportPlan.Outcome;
import ru.perechen.tp.spreadsheet.ImportPlan.PlannedFile;

/**
 * {@code tp import}'s core: a spreadsheet (XLSX or CSV) brought into a register in two steps, so
 * that a dry run is the first step alone. {@link #plan} reads the file and decides every record file
 * without touching the register; {@link #write} writes the files the plan creates or replaces, each
 * atomically.
 */
public final class SpreadsheetImport {

    private final ReadLimits limits;

    public SpreadsheetImport() {
        this(ReadLimits.DEFAULT);
    }

    public SpreadsheetImport(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param root        the register's folder
     * @param register    the register as read from it
     * @param spreadsheet the file to import
     * @param shown       the file as messages name it
     * @param force       whether existing record files are replaced
     */
    public ImportPlan plan(Path root, Register register, Path spreadsheet, String shown, ColumnMapping mapping,
                           boolean force) throws ImportException {
        SpreadsheetFile.Contents contents = SpreadsheetFile.read(spreadsheet, shown, limits);
        return new ImportPlanner(root, register, shown, mapping, force, contents.sheets(), !contents.workbook()).plan();
    }

    /**
     * Writes what the plan creates or replaces, in the plan's order. A new file is created only if
     * its name is still free ({@link AtomicFile#createNew}); the files whose name was taken since the
     * plan was made are left alone and returned.
     */
    public static List<PlannedFile> write(ImportPlan plan, Path root) throws IOException {
        List<PlannedFile> taken = new ArrayList<>();
        for (PlannedFile file : plan.files()) {
            if (file.outcome() != Outcome.CREATE && file.outcome() != Outcome.REPLACE) {
                continue;
            }
            // refused before any folder is made: a name or a linked folder leading out of the register
            Path target = ContainedPath.resolve(root, file.path());
            Files.createDirectories(target.getParent());
            if (file.outcome() == Outcome.REPLACE) {
                AtomicFile.write(target, file.content());
                continue;
            }
            try {
                AtomicFile.createNew(target, file.content());
            } catch (FileAlreadyExistsException e) {
                taken.add(file);
            }
        }
        return taken;
    }
}
