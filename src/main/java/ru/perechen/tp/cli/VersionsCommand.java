package ru.perechen.tp.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.VersionsRenderer;
import ru.perechen.tp.model.ApprovedVersion;

/** {@code tp versions}: the approved versions, newest first. */
@Command(name = "versions", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class VersionsCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "versions.format")
    Format format = Format.text;

    @Mixin
    RegisterPathOption register;

    @Mixin
    LanguageOption language;

    VersionsCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<ApprovedVersion> versions = GitAccess.withRepository(env, register.path,
                repository -> repository.approvedVersions());
        String text = format == Format.json ? VersionsRenderer.json(versions)
                : new VersionsRenderer(language.resolve(env.language().getLanguage())).text(versions);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
