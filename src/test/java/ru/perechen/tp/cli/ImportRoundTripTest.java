package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;
import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;

/**
 * The test of done: the sample register approved and published by {@code tp publish}, its
 * CSV file and its workbook imported into an empty register (the same organizations and units, no
 * points, no processes), gives back the same points, process links and needs, and the processes as
 * far as each file carries them.
 */
class ImportRoundTripTest {

    @TempDir
    static Path published;

    private static Path share;
    private static Register sample;

    @BeforeAll
    static void publishTheSample() throws Exception {
        try (GitFixture repo = GitFixture.withSample(published)) {
            assertThat(TpRun.in(published, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
            TpRun publish = TpRun.in(published, "publish", "--to", "share");
            assertThat(publish.exitCode()).as(publish.err()).isZero();
            share = published.resolve("share/approved-2026-04-30");
            sample = load(repo.register());
        }
    }

    @TempDir
    Path dir;

    @Test
    void the_workbook_gives_back_the_points_their_links_and_needs_and_the_processes() throws Exception {
        Path register = emptyRegister();

        TpRun run = TpRun.in(dir, "import", share.resolve("perechen.xlsx").toString(), "register");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Register imported = load(register);
        assertThat(points(imported)).isEqualTo(points(sample));
        assertThat(processes(imported, true)).isEqualTo(processes(sample, true));
        assertThat(imported.readProblems()).isEmpty();
        TpRun validate = TpRun.in(dir, "validate", "register");
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(lastLine(validate.out())).isEqualTo(lastLine(TpRun.in(published, "validate").out()));
    }

    @Test
    void the_csv_file_gives_back_the_points_their_links_and_needs_and_what_it_says_of_processes() throws Exception {
        Path register = emptyRegister();

        TpRun run = TpRun.in(dir, "import", share.resolve("perechen.csv").toString(), "register");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Register imported = load(register);
        assertThat(points(imported)).isEqualTo(points(sample));
        assertThat(processes(imported, false)).isEqualTo(processes(sample, false));
        assertThat(run.out()).contains(CliMessages.text("import.to-fill.process-fields", 33));
    }

    @Test
    void written_files_follow_the_registers_folders_and_schema_lines() throws Exception {
        Path register = emptyRegister();

        TpRun.in(dir, "import", share.resolve("perechen.xlsx").toString(), "register");

        String original = Files.readString(published.resolve("register/points/library/TP-041.yaml"));
        String written = Files.readString(register.resolve("points/library/TP-041.yaml"));
        assertThat(written).isEqualTo(original);
        assertThat(Files.readString(register.resolve("processes/PR-005.yaml")).lines().findFirst())
                .contains("# yaml-language-server: $schema=../../schema/process.schema.json");
    }

    /** register.yaml of the sample with empty points/ and processes/. */
    private Path emptyRegister() throws IOException {
        Path register = dir.resolve("register");
        Files.createDirectories(register.resolve("points"));
        Files.createDirectories(register.resolve("processes"));
        Files.copy(published.resolve("register/register.yaml"), register.resolve("register.yaml"));
        return register;
    }

    private static Register load(Path folder) throws IOException {
        return new RegisterLoader().load(new WorkingTreeSource(folder));
    }

    /** Every point field the sheets carry, one line per point, in id order. */
    private static List<String> points(Register register) {
        return register.points().stream().sorted(Comparator.comparing(Point::id)).map(point -> String.join(" | ",
                point.id(), point.name(), code(point.kind()), code(point.effectiveChannel()), point.organization(),
                point.unit(), point.address(), links(point.processes()), basis(point.basis()),
                String.valueOf(point.requirements()), Objects.toString(point.survey()), code(point.demand()),
                String.valueOf(point.appealsTracked()), codes(point.accessibility()), String.valueOf(point.history()),
                Objects.toString(point.note()))).toList();
    }

    /** The fields of processes: all of them from the workbook, id, name and client from the CSV file. */
    private static List<String> processes(Register register, boolean all) {
        return register.processes().stream().sorted(Comparator.comparing(InteractionProcess::id))
                .map(process -> all ? String.join(" | ", process.id(), process.name(), code(process.client()),
                        code(process.category()), code(process.scope()), process.unit(), basis(process.basis()),
                        Objects.toString(process.note()))
                        : String.join(" | ", process.id(), process.name(), code(process.client()))).toList();
    }

    private static String links(List<ProcessLink> links) {
        return links.stream().map(link -> link.process() + codes(link.needs()) + Objects.toString(link.other(), ""))
                .collect(Collectors.joining(", "));
    }

    private static String basis(List<Basis> basis) {
        return basis == null ? "null" : basis.stream().map(b -> code(b.type()) + ": " + b.title())
                .collect(Collectors.joining("; "));
    }

    private static String codes(List<? extends Code> codes) {
        return codes == null ? "null" : codes.stream().map(Code::code).collect(Collectors.joining(",", "[", "]"));
    }

    private static String code(Code code) {
        return code == null ? "null" : code.code();
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
