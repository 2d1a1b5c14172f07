package ru.perechen.tp.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.draft.BasisDraft;
import ru.perechen.tp.draft.DraftYaml;
import ru.perechen.tp.draft.Placement;
import ru.perechen.tp.draft.ProcessDraft;
import ru.perechen.tp.draft.SchemaLine;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Unit;

/**
 * {@code tp new process}: writes a new process of the registry (4.1) with the next free id. The
 * client type follows from the category (4.6), so either may be given; the basis, when not given,
 * is a marked place for a person to fill in. Asks at a terminal, as {@code tp new point} does.
 */
@Command(name = "process", sortOptions = false)
final class NewProcessCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "new.process-name")
    String name;

    @Option(names = "--client", paramLabel = "CODE", descriptionKey = "new.client")
    String client;

    @Option(names = "--category", paramLabel = "CODE", descriptionKey = "new.category")
    String category;

    @Option(names = "--scope", paramLabel = "CODE", descriptionKey = "new.scope")
    String scope;

    @Option(names = "--unit", paramLabel = "ID", descriptionKey = "new.process-unit")
    String unit;

    @Mixin
    NewRecordOptions common;

    @Mixin
    LanguageOption language;

    NewProcessCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = RegisterOpener.open(env, common.path);
        Register register = opened.register();
        Locale locale = language.resolve(register.header().locale());
        Messages messages = Bundles.cli(locale);

        ClientType clientType = client == null ? null : NewRecordFile.code(ClientType.class, "--client", client);
        ProcessCategory processCategory = category == null ? null
                : NewRecordFile.code(ProcessCategory.class, "--category", category);
        if (clientType != null && processCategory != null && processCategory.client() != clientType) {
            throw TpException.usage("new.category-client", processCategory.code(), clientType.code(),
                    categoriesOf(clientType));
        }
        if (clientType == null && processCategory != null) {
            clientType = processCategory.client();
        }
        ProcessScope processScope = scope == null ? null : NewRecordFile.code(ProcessScope.class, "--scope", scope);
        if (unit != null && register.unit(unit).isEmpty()) {
            throw TpException.usage("new.unknown-unit", unit, String.join(", ", register.header().units().stream()
                    .map(Unit::id).filter(Objects::nonNull).toList()));
        }
        String processName = name == null || name.isBlank() ? null : name.strip();
        String processUnit = unit;
        BasisDraft basis = NewRecordFile.basis(common);

        if (missing(processName, processCategory, processScope, processUnit).size() > 0 && env.terminal()) {
            Prompter prompt = new Prompter(env.input(), spec.commandLine().getErr(), messages, env.ansi());
            prompt.say(messages.text("new.process.intro"));
            if (processName == null) {
                processName = prompt.text(messages.text("prompt.process-name"), null, false, null);
            }
            if (processCategory == null) {
                if (clientType == null) {
                    clientType = prompt.code(messages.text("prompt.client"), List.of(ClientType.values()), null,
                            false);
                }
                ClientType of = clientType;
                processCategory = prompt.code(messages.text("prompt.category"), Arrays.stream(ProcessCategory.values())
                        .filter(c -> c.client() == of).toList(), null, false);
            }
            if (processScope == null) {
                processScope = prompt.code(messages.text("prompt.scope"), List.of(ProcessScope.values()), null,
                        false);
            }
            if (processUnit == null) {
                List<Prompter.Choice> units = register.header().units().stream().filter(u -> u.id() != null)
                        .map(u -> new Prompter.Choice(u.id(), u.name())).toList();
                processUnit = prompt.one(messages.text("prompt.process-unit"), units, null, false);
            }
            if (basis.type() == null) {
                basis = NewRecordFile.askBasis(prompt, messages);
            } else if (basis.title() == null) {
                basis = new BasisDraft(basis.type(), prompt.text(messages.text("prompt.basis-title"), null, true,
                        null));
            }
        }
        NewRecordFile.requireAll(missing(processName, processCategory, processScope, processUnit));

        String id = NewRecordFile.nextId(opened, RecordFile.RecordType.PROCESS,
                register.processes().stream().map(InteractionProcess::id).toList());
        String folder = Placement.forProcess(register, processUnit);
        ProcessDraft draft = new ProcessDraft(id, processName, processCategory.client(), processCategory,
                processScope, processUnit, basis);
        String yaml = new DraftYaml(locale).process(draft,
                NewRecordFile.schemaPath(opened.root(), folder, id, SchemaLine.PROCESS_SCHEMA));
        List<String> leftToFill = basis.complete() ? List.of() : List.of(messages.text("new.fill.basis"));
        NewRecordFile.write(env, spec.commandLine().getOut(), spec.commandLine().getErr(), messages, opened, folder,
                id, yaml, common.dryRun, leftToFill);
        if (!common.dryRun) {
            spec.commandLine().getOut().println(messages.text("new.process-needs-point", id));
        }
        return ExitCode.OK;
    }

    private static List<String> missing(String name, ProcessCategory category, ProcessScope scope, String unit) {
        List<String> missing = new ArrayList<>();
        if (name == null) {
            missing.add("--name");
        }
        if (category == null) {
            missing.add("--category");
        }
        if (scope == null) {
            missing.add("--scope");
        }
        if (unit == null) {
            missing.add("--unit");
        }
        return missing;
    }

    private static String categoriesOf(ClientType client) {
        return String.join(", ", Arrays.stream(ProcessCategory.values()).filter(c -> c.client() == client)
                .map(ProcessCategory::code).toList());
    }
}
