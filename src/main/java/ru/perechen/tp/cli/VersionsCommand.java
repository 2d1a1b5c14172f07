package ru.perechen.tp.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.TagSignature;
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
        Map<String, TagSignature> signatures = new LinkedHashMap<>();
        List<ApprovedVersion> versions = GitAccess.withRepository(env, register.path, repository -> {
            List<ApprovedVersion> approved = repository.approvedVersions();
            for (ApprovedVersion version : approved) {
                signatures.put(version.tag(), repository.signature(version));
            }
            return approved;
        });
        String text = format == Format.json ? VersionsRenderer.json(versions, signatures)
                : new VersionsRenderer(language.resolve(env.language().getLanguage())).text(versions, signatures);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        // A signature that does not verify means the tag is not what its signer signed.
        return signatures.values().stream().anyMatch(s -> s.status() == TagSignature.Status.BAD)
                ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
