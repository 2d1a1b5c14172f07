package ru.perechen.tp.validate;

import java.util.List;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Severity;

/** Hand-made reports for the writers: what each format must survive, in a few findings. */
final class SampleReports {

    /** Register text with what the formats must escape: a percent sign, a colon, a comma, a line break. */
    static final String TRICKY_ADDRESS = "50% скидка: сайт,\nвторая строка";

    private SampleReports() {
    }

    static Finding addressError(int line) {
        return new Finding("address-format", Clause.C3_2, Severity.ERROR, new Location("points/TP-001.yaml", line, 10),
                Message.of("form.url", TRICKY_ADDRESS, "website"), null);
    }

    static Finding reviewersWarning() {
        return new Finding("reviewers", Clause.C6_4, Severity.WARNING, new Location("register.yaml", 12, 5),
                Message.of("none", "minkult-hr"), null);
    }

    static Finding wholeFileError() {
        return new Finding("yaml-syntax", Clause.C4_4, Severity.ERROR, Location.ofFile("processes/PR-009.yaml"),
                Message.of("not-utf8"), Message.of("hint.save-utf8"));
    }

    /** A message argument holding characters XML 1.0 cannot contain: a control character and an unpaired surrogate. */
    static Finding unspeakableError() {
        return new Finding("id", Clause.C4_4, Severity.ERROR, new Location("points/TP-003.yaml", 2, 5),
                Message.of("pattern", "TP\u0001-\uD800x"), null);
    }

    static ValidationReport report() {
        List<Finding> findings = new java.util.ArrayList<>(List.of(addressError(7), unspeakableError(), wholeFileError(),
                reviewersWarning()));
        findings.sort(Finding.ORDER);
        return new ValidationReport(findings, 3, 1,
                List.of("register.yaml", "points/TP-001.yaml", "points/TP-002.yaml", "points/TP-003.yaml",
                        "processes/PR-009.yaml"));
    }
}
