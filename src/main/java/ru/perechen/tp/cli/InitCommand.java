package ru.perechen.tp.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.files.WorkingTree;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.init.NewRegister;
import ru.perechen.tp.init.RepositoryTemplate;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.RegisterHeader;

/**
 * {@code tp init [DIR]}: a new register repository in DIR (the current folder by default). What is
 * not given as an option is asked for at a terminal; elsewhere the organization is required and the
 * rest has defaults. It refuses a folder that already holds a register, and keeps every file that
 * exists (a README, a .gitattributes) rather than overwrite it. When DIR lies inside a Git working
 * tree, the platforms' files go to that tree's root and run in DIR.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class InitCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", descriptionKey = "init.dir")
    Path dir;

    @Option(names = "--organization-name", paramLabel = "NAME", descriptionKey = "init.organization-name")
    String organizationName;

    @Option(names = "--organization-id", paramLabel = "ID", descriptionKey = "init.organization-id")
    String organizationId;

    @Option(names = "--title", paramLabel = "TITLE", descriptionKey = "init.title")
    String title;

    @Option(names = "--locale", paramLabel = "ru|en", descriptionKey = "init.locale")
    String locale;

    @Option(names = "--unit-id", paramLabel = "ID", descriptionKey = "init.unit-id")
    String unitId;

    @Option(names = "--unit-name", paramLabel = "NAME", descriptionKey = "init.unit-name")
    String unitName;

    @Option(names = "--authorized-person", paramLabel = "NAME", descriptionKey = "init.authorized-person")
    String personName;

    @Option(names = "--position", paramLabel = "POSITION", descriptionKey = "init.position")
    String personPosition;

    @Mixin
    LanguageOption language;

    InitCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path target = env.workingDirectory().resolve(dir == null ? Path.of("") : dir).toAbsolutePath().normalize();
        refuseExistingRegister(target);
        Messages messages = Bundles.cli(language.resolve(locale));
        askForWhatIsMissing(messages);
        NewRegister register = newRegister();
        Optional<WorkingTree> tree = WorkingTree.around(target);
        Path root = tree.map(WorkingTree::root).orElse(target);
        String registerFolder = tree.map(t -> t.relative(target)).orElse(".");
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> file : RepositoryTemplate.files(register, registerFolder).entrySet()) {
            Path path = OutputPath.inside(env, root, file.getKey());
            String shown = shown(path);
            if (Files.exists(path)) {
                kept.add(shown);
                continue;
            }
            try {
                AtomicFile.write(path, file.getValue());
            } catch (IOException e) {
                throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", shown,
                        String.valueOf(e.getMessage())), e);
            }
            created.add(shown);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.text("init.created", shown(target)));
        created.forEach(file -> out.println("  + " + file));
        kept.forEach(file -> out.println("  = " + file + "  " + messages.text("init.kept")));
        out.println();
        out.println(messages.text("init.next"));
        if (!target.equals(env.workingDirectory().toAbsolutePath().normalize())) {
            // Every step below runs in the new register's folder.
            out.println("  " + messages.text("init.next.cd", TerminalText.safe(shellWord(shown(target)))));
        }
        if (tree.isEmpty()) {
            out.println("  " + messages.text("init.next.git"));
        }
        if (!register.hasPerson()) {
            out.println("  " + messages.text("init.next.fill"));
        }
        out.println("  " + messages.text("init.next.validate"));
        out.println("  " + messages.text("init.next.hooks"));
        out.println("  " + messages.text("init.next.ci"));
        return ExitCode.OK;
    }

    /** A folder that holds a register (or records of one) is someone's register: never laid over. */
    private void refuseExistingRegister(Path target) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw TpException.usage("init.not-a-folder", shown(target));
        }
        if (Files.exists(target.resolve(RegisterHeader.FILE))) {
            throw TpException.usage("init.exists", shown(target));
        }
        for (String folder : List.of("points", "processes")) {
            Path records = target.resolve(folder);
            if (Files.isDirectory(records)) {
                try (Stream<Path> entries = Files.list(records)) {
                    if (entries.anyMatch(entry -> !entry.getFileName().toString().equals(".gitkeep"))) {
                        throw TpException.usage("init.not-empty", shown(records));
                    }
                }
            }
        }
    }

    /** At a terminal, asks for each value that no option gave; elsewhere asks nothing. */
    private void askForWhatIsMissing(Messages messages) {
        Console console = env.terminal() ? System.console() : null;
        if (console == null) {
            return;
        }
        organizationName = ask(console, messages, "init.ask.organization-name", organizationName, null);
        organizationId = ask(console, messages, "init.ask.organization-id", organizationId, null);
        title = ask(console, messages, "init.ask.title", title,
                organizationName == null ? null : NewRegister.defaultTitle(organizationName));
        locale = ask(console, messages, "init.ask.locale", locale, "ru");
        unitId = ask(console, messages, "init.ask.unit-id", unitId, null);
        if (unitId != null) {
            unitName = ask(console, messages, "init.ask.unit-name", unitName, null);
            personName = ask(console, messages, "init.ask.authorized-person", personName, null);
            if (personName != null) {
                personPosition = ask(console, messages, "init.ask.position", personPosition, null);
            }
        }
    }

    private static String ask(Console console, Messages messages, String key, String given, String fallback) {
        if (given != null) {
            return given;
        }
        String prompt = messages.text(key) + (fallback == null ? "" : " [" + fallback + "]") + ": ";
        String answer = console.readLine("%s", prompt);
        answer = answer == null ? "" : answer.strip();
        return answer.isEmpty() ? fallback : answer;
    }

    private NewRegister newRegister() {
        if (blank(organizationName)) {
            throw TpException.usage("init.missing", "--organization-name");
        }
        if (blank(organizationId)) {
            throw TpException.usage("init.missing", "--organization-id");
        }
        if (!NewRegister.validId(organizationId)) {
            throw TpException.usage("init.bad-id", "--organization-id", organizationId);
        }
        String chosenLocale = blank(locale) ? "ru" : locale.strip();
        if (!chosenLocale.equals("ru") && !chosenLocale.equals("en")) {
            throw TpException.usage("init.bad-locale", chosenLocale);
        }
        boolean unit = !blank(unitId) || !blank(unitName);
        if (unit && (blank(unitId) || blank(unitName))) {
            throw TpException.usage("init.together", "--unit-id", "--unit-name");
        }
        if (unit && !NewRegister.validId(unitId)) {
            throw TpException.usage("init.bad-id", "--unit-id", unitId);
        }
        boolean person = !blank(personName) || !blank(personPosition);
        if (person && (blank(personName) || blank(personPosition) || !unit)) {
            throw TpException.usage("init.person-needs", "--authorized-person", "--position", "--unit-id");
        }
        return new NewRegister(organizationId.strip(), organizationName.strip(),
                blank(title) ? NewRegister.defaultTitle(organizationName.strip()) : title.strip(),
                chosenLocale, unit ? unitId.strip() : null, unit ? unitName.strip() : null,
                person ? personName.strip() : null, person ? personPosition.strip() : null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A path as one word of a POSIX shell, quoted only where it needs to be. */
    static String shellWord(String path) {
        return path.matches("[\\p{L}\\p{N}._/+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private String shown(Path file) {
        return ShownPath.of(env, file);
    }
}
