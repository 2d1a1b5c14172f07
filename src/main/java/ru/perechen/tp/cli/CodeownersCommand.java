package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.files.WorkingTree;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.review.CodeOwners;

/**
 * {@code tp codeowners [PATH]}: writes CODEOWNERS at the root of the Git working tree that holds
 * the register (or in the register's folder when it is not in one yet: {@code tp init} makes that
 * folder the repository's root). A CODEOWNERS someone wrote by hand is replaced only with
 * {@code --force}; {@code --check} only says whether the file is up to date (for CI).
 */
@Command(name = "codeowners", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false)
final class CodeownersCommand implements Callable<Integer> {

    static final String FILE = "CODEOWNERS";

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "codeowners.path")
    Path path;

    @Option(names = "--force", descriptionKey = "codeowners.force")
    boolean force;

    @Option(names = "--check", descriptionKey = "codeowners.check")
    boolean check;

    @Mixin
    LanguageOption language;

    CodeownersCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        RegisterOpener.Opened opened = RegisterOpener.open(env, path);
        Messages messages = Bundles.cli(language.resolve(opened.register().header().locale()));
        PrintWriter out = spec.commandLine().getOut();
        if (!CodeOwners.hasReviewers(opened.register())) {
            throw TpException.usage("codeowners.no-reviewers");
        }
        Optional<WorkingTree> tree = WorkingTree.around(opened.root());
        Path root = tree.map(WorkingTree::root).orElse(opened.root().toAbsolutePath().normalize());
        String registerFolder = tree.map(t -> t.relative(opened.root())).orElse(".");
        String text = CodeOwners.render(opened.register(), registerFolder);
        Path target = root.resolve(FILE);
        String shown = shown(target);
        String existing = Files.isRegularFile(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
        if (check) {
            if (text.equals(existing)) {
                out.println(messages.text("codeowners.up-to-date", shown));
                return ExitCode.OK;
            }
            spec.commandLine().getErr().println(messages.text("codeowners.stale", shown));
            return ExitCode.FINDINGS;
        }
        if (existing != null && !existing.startsWith(CodeOwners.MARKER) && !force) {
            throw TpException.usage("codeowners.hand-written", shown);
        }
        if (text.equals(existing)) {
            out.println(messages.text("codeowners.unchanged", shown));
        } else {
            try {
                AtomicFile.write(target, text);
            } catch (IOException e) {
                throw new TpException(ExitCode.USAGE, Message.of("error.write-failed", shown,
                        String.valueOf(e.getMessage())), e);
            }
            out.println(messages.text("codeowners.written", shown));
        }
        if (Files.exists(root.resolve(".github").resolve(FILE))) {
            spec.commandLine().getErr().println(messages.text("codeowners.shadowed", shown(root.resolve(".github")
                    .resolve(FILE))));
        }
        return ExitCode.OK;
    }

    private String shown(Path file) {
        return ShownPath.of(env, file);
    }
}
