package ru.perechen.tp.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.HistoryRenderer;
import ru.perechen.tp.history.IdHistory;

/** {@code tp history ID}: the approved versions in which a point or process was included, changed or excluded. */
@Command(name = "history", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class HistoryCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "history.id")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "history.format")
    Format format = Format.text;

    @Mixin
    RegisterPathOption register;

    @Mixin
    LanguageOption language;

    HistoryCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<IdHistory.Entry> entries = GitAccess.withRepository(env, register.path,
                repository -> IdHistory.of(id, repository));
        String text = format == Format.json ? HistoryRenderer.json(id, entries)
                : new HistoryRenderer(language.resolve(env.language().getLanguage())).text(id, entries);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
