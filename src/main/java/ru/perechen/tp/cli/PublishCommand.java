package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.publish.ApprovedVersions;
import ru.perechen.tp.publish.Publication;
import ru.perechen.tp.publish.PublishException;
import ru.perechen.tp.publish.PublishListener;
import ru.perechen.tp.publish.PublishTarget;
import ru.perechen.tp.publish.Publisher;
import ru.perechen.tp.publish.Snapshot;
import ru.perechen.tp.publish.Snapshots;

/**
 * {@code tp publish --to DIR [--version latest|TAG]} and {@code tp publish --draft --to DIR}: places
 * the snapshot of an approved version (read from its tag, never from the working tree), or the
 * working tree as a draft, on the shared storage (clauses 6.2, 6.5).
 */
@Command(name = "publish", sortOptions = false)
final class PublishCommand implements Callable<Integer> {

    private final Env env;

    /** Where approved versions come from; tests put versions made in memory here. */
    ApprovedVersionsOpener versions = ApprovedVersionsOpener.GIT;
    /** Hears the steps of the publication; tests use it to fail one. */
    PublishListener listener = PublishListener.NONE;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "publish.path")
    Path path;

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "publish.to")
    Path to;

    @Option(names = "--version", paramLabel = "latest|TAG", descriptionKey = "publish.version")
    String version;

    @Option(names = "--draft", descriptionKey = "publish.draft")
    boolean draft;

    @Option(names = "--replace", descriptionKey = "publish.replace")
    boolean replace;

    @Option(names = "--wait", paramLabel = "SECONDS", descriptionKey = "publish.wait")
    int waitSeconds = 60;

    @Mixin
    LanguageOption language;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    PublishCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (draft && version != null) {
            throw TpException.usage("publish.error.draft-with-version");
        }
        if (waitSeconds < 0) {
            throw TpException.usage("publish.error.wait", waitSeconds);
        }
        Path target = PublishFolder.of(env, to).orElseThrow(() -> TpException.usage("publish.error.no-target"));
        Path root = RegisterOpener.locate(env, path);
        Snapshot snapshot;
        try (ApprovedVersions approved = versions.open(root)) {
            Snapshots snapshots = new Snapshots(approved, VersionProvider.version());
            snapshot = draft ? snapshots.draft(RegisterOpener.open(env, root).register())
                    : snapshots.approved(chosen(approved));
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("error.read-failed", root,
                    String.valueOf(e.getMessage())), e);
        }
        try {
            Locale locale = language.resolve(snapshot.register().header().locale());
            Publication publication = new Publisher(Duration.ofSeconds(waitSeconds), listener)
                    .publish(snapshot, new PublishTarget(target), replace);
            report(publication, snapshot, Bundles.cli(locale));
            return ExitCode.OK;
        } catch (PublishException e) {
            throw new TpException(ExitCode.USAGE, message(e), e);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("publish.error.write", target,
                    String.valueOf(e.getMessage())), e);
        }
    }

    private ApprovedVersion chosen(ApprovedVersions approved) throws IOException {
        if (version == null || version.equals("latest")) {
            return approved.latest().orElseThrow(() -> TpException.usage("publish.error.no-approved"));
        }
        Optional<ApprovedVersion> found = approved.find(version);
        if (found.isEmpty()) {
            String known = approved.list().stream().map(ApprovedVersion::tag).collect(Collectors.joining(", "));
            throw TpException.usage("publish.error.unknown-version", version, known.isEmpty() ? "—" : known);
        }
        return found.get();
    }

    private void report(Publication publication, Snapshot snapshot, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        String what = snapshot.approval().map(ApprovedVersion::tag).orElse(messages.text("publish.draft-name"));
        String key = switch (publication.outcome()) {
            case PUBLISHED -> "publish.done";
            case REPLACED -> "publish.replaced";
            case ALREADY_PUBLISHED -> "publish.already";
        };
        out.println(TerminalText.safe(messages.text(key, what, publication.folder())));
        if (snapshot.draft()) {
            out.println(messages.text("publish.draft-not-current"));
        } else if (publication.current()) {
            out.println(messages.text("publish.current", publication.folder().getFileName()));
        } else {
            out.println(messages.text("publish.not-current"));
        }
        out.flush();
    }

    private static Message message(PublishException e) {
        String key = switch (e.reason()) {
            case LOCKED -> "publish.error.locked";
            case PUBLISHED_DIFFERENTLY -> "publish.error.published-differently";
            case UNSAFE_NAME -> "publish.error.unsafe-name";
            case NOT_A_FOLDER -> "publish.error.not-a-folder";
        };
        return new Message(key, e.args());
    }
}
