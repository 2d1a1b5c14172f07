package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.history.RegisterRepository;
import ru.perechen.tp.history.RepositoryException;
import ru.perechen.tp.history.Revision;
import ru.perechen.tp.history.TagSignature;
import ru.perechen.tp.history.VersionsRenderer;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.load.RegisterLocator;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.publish.PublicationCheck;
import ru.perechen.tp.publish.RecordDigests;

/**
 * {@code tp verify DIR [--repo PATH] [--require-signature]}: checks a publication folder against
 * its manifests and, where the register's Git repository is at hand, against the approval tags:
 * the published content must be exactly what was approved. Exit code 1 on any difference, 2 when
 * DIR is not a publication.
 */
@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class VerifyCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", descriptionKey = "verify.dir")
    Path dir;

    @Option(names = "--repo", paramLabel = "PATH", descriptionKey = "verify.repo")
    Path repo;

    @Option(names = "--require-signature", descriptionKey = "verify.require-signature")
    boolean requireSignature;

    @Mixin
    LanguageOption language;

    VerifyCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Path target = PublishFolder.of(env, dir).orElseThrow(() -> TpException.usage("verify.no-dir"));
        String shown = ShownPath.of(env, target);
        PublicationCheck.Result result;
        try {
            result = PublicationCheck.check(target);
        } catch (PublicationCheck.NotAPublicationException e) {
            throw TpException.usage("verify.not-a-publication", shown);
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("verify.read-failed", shown,
                    String.valueOf(e.getMessage())), e);
        }
        Locale locale = language.resolve(env.language().getLanguage());
        Messages messages = Bundles.cli(locale);
        Map<String, List<String>> notes = new LinkedHashMap<>();
        List<PublicationCheck.Difference> gitDifferences = new ArrayList<>();
        Optional<Path> register = repo != null ? Optional.of(RegisterOpener.locate(env, repo))
                : RegisterLocator.locate(null, env.workingDirectory());
        boolean compared = false;
        if (register.isPresent()) {
            compared = compareWithTags(register.get(), result, messages, notes, gitDifferences);
        }
        return report(result, gitDifferences, notes, compared, shown, messages);
    }

    /** Whether the tags could be read; without --repo, a register that is not in a repository is no error. */
    private boolean compareWithTags(Path register, PublicationCheck.Result result, Messages messages,
                                    Map<String, List<String>> notes, List<PublicationCheck.Difference> differences) {
        RegisterRepository repository;
        try {
            repository = RegisterRepository.open(register);
        } catch (RepositoryException e) {
            if (repo != null) {
                throw GitAccess.failure(e);
            }
            return false;
        }
        try (repository) {
            List<ApprovedVersion> versions = repository.approvedVersions();
            for (PublicationCheck.CheckedFolder folder : result.folders()) {
                if (folder.manifest() == null || folder.manifest().draft()) {
                    continue;
                }
                Optional<ApprovedVersion> tag = versions.stream()
                        .filter(v -> v.tag().equals(folder.manifest().version())).findFirst();
                String digest = "";
                RecordDigests records = new RecordDigests(List.of(), null);
                if (tag.isPresent()) {
                    digest = repository.digestAt(tag.get());
                    try {
                        records = RecordDigests.of(repository.load(new Revision(tag.get().tag(), tag.get().commit())),
                                VersionProvider.version());
                    } catch (IOException e) {
                        throw new TpException(ExitCode.USAGE, Message.of("git.read-failed",
                                String.valueOf(e.getMessage())), e);
                    }
                    TagSignature signature = repository.signature(tag.get());
                    notes.computeIfAbsent(folder.folder(), k -> new ArrayList<>()).add(messages.text("verify.tag",
                            tag.get().tag(), tag.get().commit().substring(0, 7), messages.text("verify.signature."
                                    + VersionsRenderer.code(signature.status()), signature.signer())));
                    boolean bad = signature.status() == TagSignature.Status.BAD;
                    if (bad || (requireSignature && !signature.verified())) {
                        differences.add(new PublicationCheck.Difference(bad ? PublicationCheck.Kind.SIGNATURE_BAD
                                : PublicationCheck.Kind.SIGNATURE_MISSING, folder.folder(), tag.get().tag(),
                                "", VersionsRenderer.code(signature.status())));
                    }
                }
                differences.addAll(PublicationCheck.againstApproval(folder, tag, digest, records));
            }
            return true;
        } catch (RepositoryException e) {
            throw GitAccess.failure(e);
        }
    }

    private int report(PublicationCheck.Result result, List<PublicationCheck.Difference> gitDifferences,
                       Map<String, List<String>> notes, boolean compared, String shown, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(safe(messages.text("verify.title", shown, result.folders().size())));
        for (PublicationCheck.Difference difference : result.differences()) {
            out.println("  " + safe(line(difference, messages)));
        }
        for (PublicationCheck.CheckedFolder folder : result.folders()) {
            List<PublicationCheck.Difference> own = new ArrayList<>(folder.differences());
            gitDifferences.stream().filter(d -> d.folder().equals(folder.folder())).forEach(own::add);
            String version = folder.manifest() == null ? "?" : folder.manifest().version();
            out.println(safe(messages.text(own.isEmpty() ? "verify.folder-intact" : "verify.folder-changed",
                    folder.folder(), version, folder.files(), folder.records())));
            for (String note : notes.getOrDefault(folder.folder(), List.of())) {
                out.println("  " + safe(note));
            }
            for (PublicationCheck.Difference difference : own) {
                out.println("  " + safe(line(difference, messages)));
            }
        }
        if (!compared) {
            out.println(messages.text("verify.no-repository"));
        }
        int count = result.all().size() + gitDifferences.size();
        out.println(count == 0 ? messages.text("verify.intact") : messages.text("verify.differences", count));
        out.flush();
        return count == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static String line(PublicationCheck.Difference difference, Messages messages) {
        String key = "verify." + difference.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return messages.text(key, difference.subject(), shorten(difference.expected()), shorten(difference.found()));
    }

    /** Hashes are shown by their first 12 digits: enough to tell them apart on a screen. */
    private static String shorten(String value) {
        return value.replaceAll("\\b([0-9a-f]{12})[0-9a-f]{52}\\b", "$1…");
    }

    private static String safe(String text) {
        return TerminalText.safe(text);
    }
}
