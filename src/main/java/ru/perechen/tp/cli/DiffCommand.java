package ru.perechen.tp.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.DiffResult;
import ru.perechen.tp.history.JsonDiffRenderer;
import ru.perechen.tp.history.MarkdownDiffRenderer;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.TextDiffRenderer;
import ru.perechen.tp.history.VersionDiff;
import ru.perechen.tp.load.RegisterNotFoundException;
import ru.perechen.tp.model.Message;

/**
 * {@code tp diff [FROM] [TO]}: what changed in the register between two versions, by the clauses
 * of the Order that name the changes. Exits 0 whether or not anything changed.
 */
@Command(name = "diff", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", descriptionKey = "diff.from")
    String from = RegisterRepository.LATEST;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TO", descriptionKey = "diff.to")
    String to = RegisterRepository.WORKTREE;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "diff.format")
    Format format = Format.text;

    @Mixin
    RegisterPathOption register;

    @Mixin
    LanguageOption language;

    DiffCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DiffResult diff = GitAccess.withRepository(env, register.path, repository -> {
            try {
                return VersionDiff.compare(repository.version(from), repository.version(to));
            } catch (RegisterNotFoundException e) {
                throw new RepositoryException(Message.of("error.not-a-register", repository.registerFolder()), e);
            } catch (IOException e) {
                throw new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
            }
        });
        Locale locale = language.resolve(env.language().getLanguage());
        String text = switch (format) {
            case text -> new TextDiffRenderer(locale).render(diff);
            case markdown -> new MarkdownDiffRenderer(locale).render(diff);
            case json -> new JsonDiffRenderer().render(diff);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
