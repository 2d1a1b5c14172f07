package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.spreadsheet.ColumnMapping;
import ru.perechen.tp.spreadsheet.ImportException;
import ru.perechen.tp.spreadsheet.ImportPlan;
import ru.perechen.tp.spreadsheet.ImportPlan.Outcome;
import ru.perechen.tp.spreadsheet.ImportPlan.PlannedFile;
import ru.perechen.tp.spreadsheet.ImportPlan.RowMessage;
import ru.perechen.tp.spreadsheet.SpreadsheetImport;

/**
 * {@code tp import FILE.xlsx|FILE.csv [--mapping MAPPING.yaml] [--dry-run] [--force] [PATH]}: brings
 * a list kept in a spreadsheet into the register. Prints where the rows came from, what was not
 * read, the rows left out with their numbers and reasons, the files written (or, with
 * {@code --dry-run}, what would be written), and what a person still has to fill in.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", descriptionKey = "import.path")
    Path path;

    @Option(names = "--mapping", paramLabel = "MAPPING.yaml", descriptionKey = "import.mapping")
    Path mapping;

    @Option(names = "--dry-run", descriptionKey = "import.dry-run")
    boolean dryRun;

    @Option(names = "--force", descriptionKey = "import.force")
    boolean force;

    @Mixin
    LanguageOption language;

    ImportCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = RegisterOpener.open(env, path);
        Locale locale = language.resolve(opened.register().header().locale());
        Messages messages = Bundles.cli(locale);
        Path spreadsheet = env.workingDirectory().resolve(file);
        ImportPlan plan;
        try {
            ColumnMapping columns = mapping == null ? ColumnMapping.NONE
                    : ColumnMapping.read(env.workingDirectory().resolve(mapping),
                    ShownPath.of(env, env.workingDirectory().resolve(mapping)));
            plan = new SpreadsheetImport().plan(opened.root(), opened.register(), spreadsheet,
                    ShownPath.of(env, spreadsheet), columns, force);
        } catch (ImportException e) {
            throw new TpException(ExitCode.USAGE, e.userMessage(), e);
        }
        List<PlannedFile> taken = List.of();
        if (!dryRun) {
            try {
                taken = SpreadsheetImport.write(plan, opened.root());
            } catch (IOException e) {
                throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", ShownPath.of(env, opened.root()),
                        String.valueOf(e.getMessage())), e);
            }
        }
        report(plan, taken, opened.root(), messages);
        return plan.complete() && taken.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private void report(ImportPlan plan, List<PlannedFile> taken, Path root, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        ImportPlan.Source source = plan.source();
        line(out, source.sheet() == null
                ? messages.text("import.source-csv", source.file(), source.headerRow(), source.dataRows())
                : messages.text("import.source", source.file(), source.sheet(), source.headerRow(), source.dataRows()));
        source.processSheets().forEach(sheet -> line(out, messages.text("import.process-sheet", sheet)));
        if (!plan.notes().isEmpty()) {
            out.println();
            line(out, messages.text("import.notes"));
            plan.notes().forEach(note -> line(out, "  " + located(note, source.file(), messages)));
        }
        if (!plan.rejected().isEmpty()) {
            out.println();
            line(out, messages.text("import.rejected", plan.rejectedRows()));
            plan.rejected().forEach(problem -> line(out, "  " + located(problem, source.file(), messages)));
        }
        out.println();
        String folder = ShownPath.of(env, root);
        if (plan.files().isEmpty()) {
            line(out, messages.text("import.nothing"));
        } else {
            line(out, messages.text(dryRun ? "import.would-write" : "import.written", folder));
            for (PlannedFile planned : plan.files()) {
                String key = taken.contains(planned) ? "import.file.kept" : switch (planned.outcome()) {
                    case CREATE -> "import.file.create";
                    case REPLACE -> "import.file.replace";
                    case UNCHANGED -> "import.file.unchanged";
                    case KEPT -> "import.file.kept";
                };
                line(out, "  " + messages.text(key, planned.path()));
            }
        }
        if (dryRun) {
            for (PlannedFile planned : plan.files()) {
                if (planned.outcome() == Outcome.CREATE || planned.outcome() == Outcome.REPLACE) {
                    out.println();
                    line(out, messages.text("import.content", planned.path()));
                    planned.content().lines().forEach(text -> line(out, text));
                }
            }
        }
        out.println();
        line(out, messages.text("import.summary", source.points(),
                plan.count(PlannedFile.Kind.PROCESS, Outcome.CREATE) + plan.count(PlannedFile.Kind.PROCESS, Outcome.KEPT)
                        + plan.count(PlannedFile.Kind.PROCESS, Outcome.REPLACE)
                        + plan.count(PlannedFile.Kind.PROCESS, Outcome.UNCHANGED),
                source.linkedProcesses(), plan.rejectedRows()));
        ImportPlan.ToFill toFill = plan.toFill();
        if (!toFill.nothing()) {
            line(out, messages.text("import.to-fill"));
            for (Object[] item : List.of(
                    new Object[] {"import.to-fill.requirements", toFill.pointsWithoutRequirements()},
                    new Object[] {"import.to-fill.basis", toFill.pointsWithoutBasis()},
                    new Object[] {"import.to-fill.unit", toFill.pointsWithoutUnit()},
                    new Object[] {"import.to-fill.processes", toFill.pointsWithoutProcesses()},
                    new Object[] {"import.to-fill.needs", toFill.linksWithoutNeeds()},
                    new Object[] {"import.to-fill.process-fields", toFill.incompleteProcesses()})) {
                if ((int) item[1] > 0) {
                    line(out, "  " + messages.text((String) item[0], item[1]));
                }
            }
        }
        if (!dryRun) {
            line(out, messages.text("import.next"));
        }
        out.flush();
    }

    /** «perechen.xlsx, лист «Перечень», строки 5–7: …». */
    private static String located(RowMessage message, String file, Messages messages) {
        String where = message.sheet() == null ? file : messages.text("import.at-sheet", file, message.sheet());
        if (message.firstRow() > 0) {
            where = message.firstRow() == message.lastRow()
                    ? messages.text("import.at", where, message.firstRow())
                    : messages.text("import.at-rows", where, message.firstRow(), message.lastRow());
        }
        return where + ": " + messages.text(message.message());
    }

    /** Text from the spreadsheet reaches the terminal only with its control characters made visible. */
    private static void line(PrintWriter out, String text) {
        out.println(TerminalText.safe(text));
    }
}
