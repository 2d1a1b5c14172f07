package ru.perechen.tp.history;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import ru.perechen.tp.model.ApprovedVersion;

/**
 * The approved versions as Git records them: annotated tags {@code approved/<date>} and, for a
 * second approval on the same day, {@code approved/<date>.2}, {@code .3}, …, each with an
 * {@link ApprovalMessage}. Every tag under {@code approved/} must be one: anything else there
 * (a lightweight tag, a tag of another name or message) is reported, never silently skipped,
 * because a reader of the history would take it for an approval.
 */
final class ApprovalTags {

    static final String PREFIX = "approved/";
    private static final Pattern NAME = Pattern.compile("approved/(\\d{4}-\\d{2}-\\d{2})(?:\\.([2-9]|[1-9]\\d+))?");

    private final Repository repository;

    ApprovalTags(Repository repository) {
        this.repository = repository;
    }

    /** Every approved version, newest first: by date, then by the sequence of the day ({@code .3} before {@code .2}). */
    List<ApprovedVersion> read() throws IOException, RepositoryException {
        List<Dated> versions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + PREFIX)) {
                versions.add(read(walk, ref));
            }
        }
        versions.sort(Comparator.comparing((Dated d) -> d.version().date()).thenComparingInt(Dated::sequence)
                .reversed());
        return versions.stream().map(Dated::version).toList();
    }

    private record Dated(ApprovedVersion version, int sequence) {
    }

    private Dated read(RevWalk walk, Ref ref) throws IOException, RepositoryException {
        String tag = ref.getName().substring(Constants.R_TAGS.length());
        Matcher name = NAME.matcher(tag);
        if (!name.matches()) {
            throw RepositoryException.of("git.approval-bad-name", tag);
        }
        RevObject object = walk.parseAny(ref.getObjectId());
        if (!(object instanceof RevTag annotated)) {
            throw RepositoryException.of("git.approval-lightweight", tag);
        }
        RevObject target = walk.peel(annotated);
        if (!(target instanceof RevCommit commit)) {
            throw RepositoryException.of("git.approval-not-commit", tag);
        }
        ApprovalMessage message;
        try {
            message = ApprovalMessage.parse(annotated.getFullMessage());
        } catch (ApprovalMessage.NotAnApproval e) {
            throw RepositoryException.of("git.approval-bad-message", tag, e.field());
        }
        if (!message.date().equals(LocalDate.parse(name.group(1)))) {
            throw RepositoryException.of("git.approval-bad-message", tag, "date");
        }
        int sequence = name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
        return new Dated(new ApprovedVersion(tag, message.act(), message.date(), commit.name(), message.points(),
                message.processes(), message.digest()), sequence);
    }

    /** The first free name for an approval on that day. */
    String nextName(LocalDate date) throws IOException {
        String base = PREFIX + date;
        if (repository.exactRef(Constants.R_TAGS + base) == null) {
            return base;
        }
        for (int sequence = 2; ; sequence++) {
            String name = base + "." + sequence;
            if (repository.exactRef(Constants.R_TAGS + name) == null) {
                return name;
            }
        }
    }

    /** Creates the annotated tag; fails if the name was taken meanwhile rather than moving a tag. */
    void create(String name, ObjectId commit, ApprovalMessage message, Tagger tagger)
            throws IOException, RepositoryException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit target = walk.parseCommit(commit);
            Git.wrap(repository).tag()
                    .setName(name)
                    .setObjectId(target)
                    .setAnnotated(true)
                    .setSigned(false)
                    .setMessage(message.format())
                    .setTagger(new PersonIdent(tagger.name(), tagger.email()))
                    .call();
        } catch (RefAlreadyExistsException e) {
            throw RepositoryException.of("git.tag-exists", name);
        } catch (GitAPIException e) {
            throw new RepositoryException(ru.perechen.tp.model.Message.of("git.tag-failed", name,
                    String.valueOf(e.getMessage())), e);
        }
    }
}
