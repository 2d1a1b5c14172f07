package ru.perechen.tp.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.errors.MissingObjectException;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Message;

/**
 * The history of one point or process across the approved versions, oldest first: each version in
 * which it was included, changed (with the changes) or excluded, found by diffing each approved
 * version with the one before it (the first with the empty register).
 */
public final class IdHistory {

    /** One approved version and what it changed for the id. */
    public record Entry(ApprovedVersion version, List<Change> changes) {

        public Entry {
            changes = List.copyOf(changes);
        }
    }

    private IdHistory() {
    }

    public static List<Entry> of(String id, RegisterRepository repository) throws RepositoryException {
        List<ApprovedVersion> newestFirst = repository.approvedVersions();
        List<Entry> entries = new ArrayList<>();
        RegisterVersion previous = RegisterVersion.empty();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ApprovedVersion version = newestFirst.get(i);
            RegisterVersion current = repository.version(new Revision(version.tag(), version.commit()));
            List<Change> changes;
            try {
                changes = VersionDiff.compare(previous, current).changes().stream()
                        .filter(change -> id.equals(change.id())).toList();
            } catch (MissingObjectException e) {
                throw RepositoryException.of("git.missing-objects", version.tag());
            } catch (IOException e) {
                throw new RepositoryException(Message.of("git.read-failed", String.valueOf(e.getMessage())), e);
            }
            if (!changes.isEmpty()) {
                entries.add(new Entry(version, changes));
            }
            previous = current;
        }
        return entries;
    }
}
