package ru.perechen.tp.history;

import java.util.List;

import ru.perechen.tp.model.Change;

/**
 * The changes between two versions of the register, with what the renderers need to name the
 * versions.
 *
 * @param unreadable    record files of either version, among those compared, that could not be read
 *                      as a record (their changes cannot be shown; {@code tp validate} says why)
 * @param recordsParsed how many record files were parsed to find the changes (both sides together)
 */
public record DiffResult(RegisterVersion.Side from, RegisterVersion.Side to, List<Change> changes,
                         List<String> unreadable, int recordsParsed) {

    public DiffResult {
        changes = List.copyOf(changes);
        unreadable = List.copyOf(unreadable);
    }

    /** Whether any change obliges the register to be brought up to date (6.3). */
    public boolean actualizationRequired() {
        return changes.stream().anyMatch(change -> change.type().requiresActualization());
    }
}
