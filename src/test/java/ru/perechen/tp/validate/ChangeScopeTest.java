package ru.perechen.tp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.model.Finding;

class ChangeScopeTest {

    @Test
    void keepsOnlyFindingsInChangedFiles() {
        ValidationReport scoped = ChangeScope.files(Set.of("points/TP-001.yaml", "register.yaml"))
                .apply(SampleReports.report());

        assertThat(scoped.findings()).extracting(f -> f.location().file())
                .containsExactly("points/TP-001.yaml", "register.yaml");
        assertThat(scoped.files()).isEqualTo(SampleReports.report().files());
        assertThat(scoped.pointFiles()).isEqualTo(3);
    }

    @Test
    void keepsFindingsElsewhereThatTheBaseDidNotHave() {
        // At the base, TP-003 already had its finding; the change touched TP-001 only, and a
        // finding about PR-009 is new: the change caused it, so it is the change's to show.
        ValidationReport base = new ValidationReport(
                List.of(SampleReports.unspeakableError(), SampleReports.reviewersWarning()), 3, 1);

        ValidationReport scoped = ChangeScope.since(Set.of("points/TP-001.yaml"), base).apply(SampleReports.report());

        assertThat(scoped.findings()).extracting(Finding::rule).containsExactly("address-format", "yaml-syntax");
    }

    @Test
    void aFindingThatOnlyMovedIsNotNew() {
        ValidationReport base = new ValidationReport(List.of(SampleReports.addressError(3)), 1, 0);
        ValidationReport head = new ValidationReport(List.of(SampleReports.addressError(9)), 1, 0);

        assertThat(ChangeScope.since(Set.of(), base).apply(head).findings()).isEmpty();
    }
}
