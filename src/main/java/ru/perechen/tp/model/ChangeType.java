package ru.perechen.tp.model;

/**
 * The kinds of change between two versions of the register. Where the Order names the change as
 * a reason to bring the register up to date (6.3) or as inclusion/exclusion (1.4), the clause is
 * recorded; any other edit is a {@link #FIELD_CHANGED}.
 */
public enum ChangeType {
    PROCESS_INCLUDED("process-included", Clause.C6_3_1),
    PROCESS_EXCLUDED("process-excluded", Clause.C6_3_1),
    POINT_INCLUDED("point-included", Clause.C1_4),
    POINT_EXCLUDED("point-excluded", Clause.C1_4),
    KIND_CHANGED("kind-changed", Clause.C6_3_2),
    NEEDS_CHANGED("needs-changed", Clause.C6_3_3),
    FIELD_CHANGED("field-changed", null);

    private final String code;
    private final Clause clause;

    ChangeType(String code, Clause clause) {
        this.code = code;
        this.clause = clause;
    }

    public String code() {
        return code;
    }

    /** The clause that names this change, or {@code null} for an edit the Order does not single out. */
    public Clause clause() {
        return clause;
    }

    /** Whether the change obliges the register to be brought up to date and re-approved (6.3). */
    public boolean requiresActualization() {
        return clause != null && clause.number().startsWith("6.3");
    }
}
