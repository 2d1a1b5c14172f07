package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.perechen.tp.model.Register;
import ru.perechen.tp.publish.InMemoryVersions;
import ru.perechen.tp.publish.Registers;

/** {@code tp status}: the deadline of clause 6.5 across holidays, publication found by manifest, exit codes. */
class StatusCommandTest {

    @TempDir
    Path work;

    Register sample;

    @BeforeEach
    void setUp() {
        Registers.copySample(work);
        sample = InMemoryVersions.sample();
    }

    private InMemoryVersions approvedOn(String date) {
        return new InMemoryVersions().add(date, sample);
    }

    /**
     * Acts just before the New Year and May holidays of 2025 and 2026; the working days counted are
     * written out so that a reader can check them against the decrees.
     */
    @ParameterizedTest(name = "act {0}: deadline {1}, on {2} {3} working days left")
    @CsvSource(delimiter = '|', textBlock = """
            # 2024-12-28 was a working Saturday; 30.12.2024-08.01.2025 off: 27.12, 28.12, 09.01, 10.01, 13-17.01, 20.01
            2024-12-26 | 2025-01-20 | 2025-01-09 | 7
            # 31.12.2025-11.01.2026 off: 26.12, 29.12, 30.12, 12-16.01, 19.01, 20.01
            2025-12-25 | 2026-01-20 | 2026-01-05 | 7
            # 1-4 and 8-11 May 2025 off: 05-07.05, 12-16.05, 19.05, 20.05
            2025-04-30 | 2025-05-20 | 2025-05-08 | 7
            # 1-3 and 9-11 May 2026 off: 04-08.05, 12-15.05, 18.05
            2026-04-30 | 2026-05-18 | 2026-05-11 | 5
            # the deadline day itself: nothing left, not overdue
            2026-04-30 | 2026-05-18 | 2026-05-18 | 0
            """)
    void the_deadline_is_ten_working_days_after_the_act(String act, String deadline, String today, int left)
            throws Exception {
        VersionedRun.Result result = new VersionedRun(work).versions(approvedOn(act))
                .run("status", "--format", "json", "--as-of", today);

        assertThat(result.err()).isEmpty();
        assertThat(result.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("version").asText()).isEqualTo("approved/" + act);
        assertThat(json.get("date").asText()).isEqualTo(act);
        assertThat(json.get("deadline").asText()).isEqualTo(deadline);
        assertThat(json.get("working-days-left").asInt()).isEqualTo(left);
        assertThat(json.get("overdue").asBoolean()).isFalse();
        assertThat(json.get("published").asBoolean()).isFalse();
    }

    @Test
    void json_has_exactly_the_agreed_keys() throws Exception {
        VersionedRun.Result result = new VersionedRun(work).versions(approvedOn("2026-04-30"))
                .run("status", "--format", "json", "--as-of", "2026-05-19");
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(result.out()).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("version", "act", "date", "deadline", "published", "working-days-left",
                "overdue");
    }

    @Test
    void a_missed_deadline_without_publication_exits_1() throws Exception {
        InMemoryVersions versions = approvedOn("2026-04-30");
        Path share = Files.createDirectories(work.resolve("share"));
        VersionedRun.Result result = new VersionedRun(work).versions(versions)
                .run("status", "--published", "share", "--as-of", "2026-05-19");

        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        String act = versions.latest().orElseThrow().act();
        assertThat(result.out()).isEqualTo(String.join("\n",
                VersionedRun.text("status.version", "approved/2026-04-30"),
                VersionedRun.text("status.act", act, "30.04.2026"),
                VersionedRun.text("status.deadline", "18.05.2026"),
                VersionedRun.text("status.published-no", share),
                VersionedRun.text("status.overdue", 1)) + "\n");

        JsonNode json = new ObjectMapper().readTree(new VersionedRun(work).versions(versions)
                .run("status", "--published", "share", "--as-of", "2026-05-19", "--format", "json").out());
        assertThat(json.get("working-days-left").asInt()).isEqualTo(-1);
        assertThat(json.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void a_version_published_in_the_folder_is_found_by_its_manifest_and_is_not_overdue() throws Exception {
        InMemoryVersions versions = approvedOn("2026-04-30");
        assertThat(new VersionedRun(work).versions(versions).run("publish", "--to", "share").code()).isZero();

        VersionedRun.Result result = new VersionedRun(work).versions(versions)
                .run("status", "--published", "share", "--as-of", "2026-06-30", "--format", "json");

        assertThat(result.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("published").asBoolean()).isTrue();
        assertThat(json.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void another_version_in_the_folder_does_not_count() throws Exception {
        InMemoryVersions versions = new InMemoryVersions().add("2026-01-12", sample);
        new VersionedRun(work).versions(versions).run("publish", "--to", "share");
        versions.add("2026-04-30", sample);

        VersionedRun.Result result = new VersionedRun(work).versions(versions)
                .run("status", "--published", "share", "--as-of", "2026-05-19", "--format", "json");

        assertThat(result.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(new ObjectMapper().readTree(result.out()).get("published").asBoolean()).isFalse();
    }

    @Test
    void a_deadline_in_a_year_without_calendar_data_is_an_error_naming_the_year() {
        VersionedRun.Result result = new VersionedRun(work).versions(approvedOn("2027-12-24"))
                .run("status", "--as-of", "2027-12-27");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("tp: " + VersionedRun.text("status.error.calendar-gap", 2028) + "\n");
        assertThat(result.err()).contains("2028", "register.yaml", "calendar:");
    }

    @Test
    void the_register_can_add_a_year_to_the_calendar() throws Exception {
        Path header = work.resolve("register/register.yaml");
        Files.writeString(header, Files.readString(header, StandardCharsets.UTF_8)
                + "calendar:\n  holidays: [2028-01-03, 2028-01-04, 2028-01-05, 2028-01-06, 2028-01-07]\n",
                StandardCharsets.UTF_8);

        VersionedRun.Result result = new VersionedRun(work).versions(approvedOn("2027-12-24"))
                .run("status", "--as-of", "2027-12-27", "--format", "json");

        assertThat(result.err()).isEmpty();
        // 27-30.12 (4), 31.12 off, 3-7.01 added holidays, 10-14.01 (9), 17.01 (10)
        assertThat(new ObjectMapper().readTree(result.out()).get("deadline").asText()).isEqualTo("2028-01-17");
    }

    @Test
    void with_no_approved_version_it_says_so_and_succeeds() throws Exception {
        VersionedRun.Result text = new VersionedRun(work).versions(new InMemoryVersions()).run("status");
        assertThat(text.code()).isZero();
        assertThat(text.out()).isEqualTo(VersionedRun.text("status.no-approved") + "\n");

        JsonNode json = new ObjectMapper().readTree(new VersionedRun(work).versions(new InMemoryVersions())
                .run("status", "--format", "json").out());
        assertThat(json.get("version").isNull()).isTrue();
        assertThat(json.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void a_missing_publication_folder_is_an_error_not_a_silent_no() {
        VersionedRun.Result result = new VersionedRun(work).versions(approvedOn("2026-04-30"))
                .run("status", "--published", "nowhere", "--as-of", "2026-05-19");

        assertThat(result.code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("tp: " + VersionedRun.text("status.error.no-folder", work.resolve("nowhere"))
                + "\n");
    }
}
