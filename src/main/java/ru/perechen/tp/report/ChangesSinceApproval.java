package ru.perechen.tp.report;

import java.util.List;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;

/**
 * The changes made since the last approved version (6.1, 6.3), as the Git layer's diff finds them.
 *
 * @param since the approved version compared against
 */
public record ChangesSinceApproval(ApprovedVersion since, List<Change> changes) {

    public ChangesSinceApproval {
        changes = List.copyOf(changes);
    }
}
