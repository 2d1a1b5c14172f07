package ru.perechen.tp.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.files.WorkingTree;
import ru.perechen.tp.init.PreCommitHook;
import ru.perechen.tp.model.Message;

/**
 * {@code tp hooks install [PATH]}: a pre-commit hook that validates the staged register before each
 * commit. A pre-commit hook of someone else's is replaced only with {@code --force}; tp's own (an
 * older version) is replaced freely.
 */
@Command(name = "install", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class HooksInstallCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "hooks.install.path")
    Path path;

    @Option(names = "--force", descriptionKey = "hooks.install.force")
    boolean force;

    @Mixin
    LanguageOption language;

    HooksInstallCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path register = RegisterOpener.locate(env, path);
        WorkingTree tree = WorkingTree.around(register)
                .orElseThrow(() -> TpException.usage("hooks.no-git", ShownPath.of(env, register)));
        Path hook = tree.hooks().resolve("pre-commit");
        String shown = ShownPath.of(env, hook);
        if (Files.exists(hook) && !force && !PreCommitHook.isOwn(Files.readString(hook, StandardCharsets.UTF_8))) {
            throw TpException.usage("hooks.exists", shown);
        }
        try {
            AtomicFile.write(hook, out -> out.write(PreCommitHook.script(tree.relative(register))),
                    PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", shown,
                    String.valueOf(e.getMessage())), e);
        }
        spec.commandLine().getOut().println(Bundles.cli(env.language()).text("hooks.installed", shown));
        return ExitCode.OK;
    }
}
