package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ApprovalMessageTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void readsBackWhatItWrites() throws Exception {
        ApprovalMessage message = new ApprovalMessage("05-05/100 \"срочно\" \\ #1", LocalDate.of(2026, 11, 30), 58, 33,
                DIGEST);
        assertThat(ApprovalMessage.parse(message.format())).isEqualTo(message);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> ApprovalMessage.parse("утверждено\n"))
                .isInstanceOfSatisfying(ApprovalMessage.NotAnApproval.class, e -> assertThat(e.field()).isEqualTo("yaml"));
        assertThatThrownBy(() -> ApprovalMessage.parse("act: 1\ndate: 2026-13-01\npoints: 1\nprocesses: 1\ndigest: "
                + DIGEST + "\n")).isInstanceOfSatisfying(ApprovalMessage.NotAnApproval.class,
                        e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> ApprovalMessage.parse("act: 1\ndate: 2026-11-30\npoints: -1\nprocesses: 1\ndigest: "
                + DIGEST + "\n")).isInstanceOfSatisfying(ApprovalMessage.NotAnApproval.class,
                        e -> assertThat(e.field()).isEqualTo("points"));
        assertThatThrownBy(() -> ApprovalMessage.parse("act: 1\ndate: 2026-11-30\npoints: 1\nprocesses: 1\n"))
                .isInstanceOfSatisfying(ApprovalMessage.NotAnApproval.class,
                        e -> assertThat(e.field()).isEqualTo("digest"));
    }
}
