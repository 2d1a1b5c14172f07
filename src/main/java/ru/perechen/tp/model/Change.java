package ru.perechen.tp.model;

import java.util.List;

/**
 * One semantic change between two versions of the register, found by id (not by file name).
 * Which fields are set depends on the type:
 * <ul>
 *   <li>{@code kind-changed}: {@code from}, {@code to} (kind codes);</li>
 *   <li>{@code needs-changed}: {@code process}, {@code added}, {@code removed} (need codes; a link
 *       added or removed as a whole lists all its needs as added or removed);</li>
 *   <li>{@code field-changed}: {@code field} (a path such as {@code address} or {@code basis[0].title}),
 *       {@code from}, {@code to} (values as text, {@code null} when absent);</li>
 *   <li>all: {@code id} of the point or process, {@code file} where it lives in the newer version
 *       (or lived in the older one, when excluded).</li>
 * </ul>
 */
public record Change(ChangeType type, String id, String file, String field, String from, String to,
                     String process, List<String> added, List<String> removed) {

    public Change {
        added = added == null ? List.of() : List.copyOf(added);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    public Clause clause() {
        return type.clause();
    }
}
