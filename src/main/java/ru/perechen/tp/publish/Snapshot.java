package ru.perechen.tp.publish;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;

/**
 * Everything a publication shows, fixed before any file is written: the register, the approval
 * that makes it official (none for a draft), the changes since the approved version before it,
 * and the version of tp that writes it. The writers are pure functions of a snapshot, so the same
 * snapshot always gives the same bytes.
 *
 * @param approval the approval of this version; empty for a draft of the working tree
 * @param previous the approved version the changes are counted from; empty for the first one
 * @param changes  the changes from {@code previous} (or from an empty register) to this register
 * @param tool     the version of tp, written into the manifest and the page's footer
 */
public record Snapshot(Register register, Optional<ApprovedVersion> approval, Optional<ApprovedVersion> previous,
                       List<Change> changes, String tool) {

    /** The folder a draft is published to; it never becomes {@code current}. */
    public static final String DRAFT_FOLDER = "draft";

    public Snapshot {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(previous, "previous");
        changes = List.copyOf(changes);
        Objects.requireNonNull(tool, "tool");
    }

    /** An approved version, with the changes it brought since {@code previous}. */
    public static Snapshot approved(Register register, ApprovedVersion approval, Optional<ApprovedVersion> previous,
                                    List<Change> changes, String tool) {
        return new Snapshot(register, Optional.of(approval), previous, changes, tool);
    }

    /** The working tree as a draft for review, with its changes since the newest approved version. */
    public static Snapshot draft(Register register, Optional<ApprovedVersion> latestApproved, List<Change> changes,
                                 String tool) {
        return new Snapshot(register, Optional.empty(), latestApproved, changes, tool);
    }

    /** A draft is the working tree, not approved by any act: every page says so. */
    public boolean draft() {
        return approval.isEmpty();
    }

    /** The name of the snapshot's folder in a publication: {@code approved-2026-11-30} or {@code draft}. */
    public String folderName() {
        return approval.map(ApprovedVersion::folderName).orElse(DRAFT_FOLDER);
    }

    /** The language of the published texts: the register's locale (Russian unless it says {@code en}). */
    public Locale locale() {
        return Language.of(register.header().locale());
    }
}
