package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ru.perechen.tp.draft.BasisDraft;
import ru.perechen.tp.draft.NextId;
import ru.perechen.tp.draft.SchemaLine;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Message;

/**
 * The part of {@code tp new} that touches the disk: the ids taken (records and file names), the
 * editor's schema line, and writing the new file without ever replacing one.
 */
final class NewRecordFile {

    private static final String YAML = ".yaml";

    private NewRecordFile() {
    }

    /** The next free id: record ids and the names of every record file, readable or not. */
    static String nextId(RegisterOpener.Opened opened, RecordFile.RecordType type, List<String> recordIds) {
        List<String> taken = new ArrayList<>(recordIds);
        try {
            for (RecordFile file : new WorkingTreeSource(opened.root()).list().files()) {
                if (file.type() == type) {
                    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                    taken.add(name.substring(0, name.length() - YAML.length()));
                }
            }
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("error.read-failed", opened.root(),
                    String.valueOf(e.getMessage())), e);
        }
        return NextId.after(type == RecordFile.RecordType.POINT ? "TP-" : "PR-", taken);
    }

    /**
     * The path of a schema relative to the new file's folder, found as {@code tp import} finds it
     * ({@link SchemaLine}); null when the register shows none, for no line rather than a wrong one.
     */
    static String schemaPath(Path registerRoot, String folder, String id, String schemaFile) {
        return SchemaLine.of(registerRoot).pathFor(folder + "/" + id + YAML, schemaFile).orElse(null);
    }

    /** Prints the file (dry run) or writes it as a new file, and says what is left for a person to fill in. */
    static void write(Env env, PrintWriter out, PrintWriter err, Messages messages, RegisterOpener.Opened opened,
                      String folder, String id, String yaml, boolean dryRun, List<String> leftToFill) {
        // The id was checked against its pattern; the folder comes from the register's layout. Both must stay inside.
        Path file = OutputPath.inside(env, opened.root(), folder + "/" + id + YAML);
        String shown = TerminalText.safe(opened.paths().display(folder + "/" + id + YAML));
        if (dryRun) {
            out.print(yaml);
            out.flush();
            err.println(messages.text("new.dry-run-done", shown));
            err.flush();
            return;
        }
        try {
            AtomicFile.createNew(file, yaml);
        } catch (FileAlreadyExistsException e) {
            throw TpException.usage("new.exists", shown);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("new.write-failed", shown,
                    String.valueOf(e.getMessage())), e);
        }
        out.println(env.ansi().green(messages.text("new.created", id, shown)));
        if (!leftToFill.isEmpty()) {
            out.println(messages.text("new.left-to-fill", String.join("; ", leftToFill)));
        }
        out.flush();
    }

    /** The basis from the options: a title without its type is a usage error. */
    static BasisDraft basis(NewRecordOptions options) {
        BasisType type = options.basisType == null ? null
                : code(BasisType.class, "--basis-type", options.basisType);
        String title = options.basisTitle == null || options.basisTitle.isBlank() ? null : options.basisTitle;
        if (type == null && title != null) {
            throw TpException.usage("new.title-without-type");
        }
        return new BasisDraft(type, title);
    }

    /** Asks for the basis (4.8): its type, then its title; either may be left for later. */
    static BasisDraft askBasis(Prompter prompt, Messages messages) {
        BasisType type = prompt.code(messages.text("prompt.basis-type"), List.of(BasisType.values()), null, true);
        if (type == null) {
            return BasisDraft.UNKNOWN;
        }
        return new BasisDraft(type, prompt.text(messages.text("prompt.basis-title"), null, true, null));
    }

    /** A code given as an option, or a usage error listing the codes allowed. */
    static <E extends Enum<E> & Code> E code(Class<E> vocabulary, String option, String value) {
        Optional<E> found = Codes.find(vocabulary, value.strip());
        if (found.isEmpty()) {
            throw TpException.usage("new.unknown-code", option, value, String.join(", ", Codes.all(vocabulary)));
        }
        return found.get();
    }

    static <E extends Enum<E> & Code> List<E> codes(Class<E> vocabulary, String option, List<String> values) {
        List<E> codes = new ArrayList<>();
        for (String value : values) {
            E code = code(vocabulary, option, value);
            if (codes.contains(code)) {
                throw TpException.usage("new.repeated", option, value);
            }
            codes.add(code);
        }
        return codes;
    }

    /** A usage error naming every required option that is missing. */
    static void requireAll(List<String> missing) {
        if (!missing.isEmpty()) {
            throw TpException.usage("new.missing", missing.stream().collect(Collectors.joining(", ")));
        }
    }

    static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }
}
