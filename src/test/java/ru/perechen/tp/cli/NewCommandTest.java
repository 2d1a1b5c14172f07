package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.TestRegisters;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.Finding;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.ValidationReport;
import ru.perechen.tp.validate.Validator;

/**
 * {@code tp new point|process}: by options for scripts, by answers at a terminal; what it writes is
 * checked by the validator, which must find nothing but the places left for a person.
 */
class NewCommandTest {

    @TempDir
    Path temp;

    Path register;

    @BeforeEach
    void copyTheSampleWithItsSchemas() throws IOException {
        register = TestRegisters.copySample(temp.resolve("register"));
        Path schemas = temp.resolve("schema");
        Files.createDirectories(schemas);
        try (Stream<Path> files = Files.list(TestRegisters.SAMPLE.resolveSibling("schema"))) {
            for (Path file : files.toList()) {
                Files.copy(file, schemas.resolve(file.getFileName().toString()));
            }
        }
    }

    @Test
    void aPointFromOptionsValidatesExceptForWhatOnlyAPersonCanFillIn() throws IOException {
        TpRun run = TpRun.in(temp, "new", "point", "--kind", "phone", "--name", "Горячая линия: NO",
                "--process", "PR-001", "--needs", "information,consultation", "--address", "+7 (4712) 55-55-55");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("Создан файл TP-059: register/points/minkult/TP-059.yaml\n")
                .contains("Осталось заполнить").contains("основание (п. 4.8)").contains("оценки требований п. 3.5: 4");
        Path file = register.resolve("points/minkult/TP-059.yaml");
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(yaml).startsWith("# yaml-language-server: $schema=../../../schema/point.schema.json\n");
        assertThat(temp.resolve("register/points/minkult").resolve("../../../schema/point.schema.json")).exists();

        Register read = TestRegisters.load(register);
        Point point = read.point("TP-059").orElseThrow();
        assertThat(point.name()).isEqualTo("Горячая линия: NO");
        assertThat(point.address()).isEqualTo("+7 (4712) 55-55-55");
        assertThat(point.unit()).isEqualTo("minkult-heritage");
        assertThat(point.organization()).isEqualTo("minkult");
        assertThat(newFindings(read)).containsExactlyInAnyOrder(
                "unfinished placeholder 14", "unfinished placeholder 15", "unfinished placeholder 17",
                "unfinished placeholder 18", "unfinished placeholder 19", "unfinished placeholder 20");
        // The places left for a person are warnings: the file validates, but cannot be approved until filled in.
        assertThat(TpRun.in(temp, "validate").exitCode()).isZero();
    }

    @Test
    void aPointWithEverythingGivenValidatesCleanly() {
        TpRun run = TpRun.in(temp, "new", "point", "--kind", "email", "--name", "Почта приёмной",
                "--process", "PR-001,PR-002", "--needs", "submission,other", "--other", "Запись на приём",
                "--unit", "minkult-appeals", "--address", "priemnaya@kultura.example.ru",
                "--basis-type", "internal-act", "--basis-title", "Приказ от 01.02.2025 № 10 «О приёмной»",
                "--assess", "public=met,official-appeals=met,free-access=met,data-protection=met",
                "--assess", "action-feedback=met,easy-forms=n/a,satisfaction-rating=met,reply-templates=met",
                "--assess", "survey-link=met", "--survey", "https://opros.example.ru/1",
                "--accessibility", "vision,hearing", "--history");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Осталось заполнить");
        Register read = TestRegisters.load(register);
        assertThat(newFindings(read)).isEmpty();
        Point point = read.point("TP-059").orElseThrow();
        assertThat(point.processes()).hasSize(2);
        assertThat(point.history()).isTrue();
        assertThat(TpRun.in(temp, "validate").exitCode()).isZero();
    }

    @Test
    void aProcessFromOptionsGoesWhereTheRegisterKeepsProcesses() throws IOException {
        TpRun run = TpRun.in(temp, "new", "process", "--name", "Приём предложений о музейных выставках",
                "--category", "appeals", "--scope", "intra-agency", "--unit", "museum-excursions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Создан файл PR-034: register/processes/PR-034.yaml\n")
                .contains("tp new point --process PR-034");
        assertThat(Files.readString(register.resolve("processes/PR-034.yaml")))
                .startsWith("# yaml-language-server: $schema=../../schema/process.schema.json\nid: PR-034\n")
                .contains("client: external\n");
        Register read = TestRegisters.load(register);
        // A process with no point yet is reported under 4.7 until a point serves it: expected, and said.
        assertThat(newFindings(read)).containsExactlyInAnyOrder("unfinished placeholder 11",
                "unfinished placeholder 12", "process-points no-point 2");
    }

    @Test
    void aScriptGivingOnlyKindNameAndProcessGetsAFileThatValidatesButCannotBeApproved() throws Exception {
        try (ru.perechen.tp.history.GitFixture repo = ru.perechen.tp.history.GitFixture.withSample(temp)) {
            TpRun run = TpRun.in(temp, "new", "point", "--kind", "phone", "--name", "Телефон справочной",
                    "--process", "PR-001");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("адрес точки").contains("удовлетворяемые потребности (п. 4.9)");
            TpRun validate = TpRun.in(temp, "validate");
            assertThat(validate.exitCode()).isZero();
            assertThat(validate.out()).contains("TP-059.yaml:7:10: предупреждение: поле address ещё не заполнено");
            repo.commit("новая точка");
            TpRun approve = TpRun.in(temp, "approve", "--act", "05-05/9", "--date", "2026-11-30");
            assertThat(approve.exitCode()).isEqualTo(1);
            assertThat(approve.err()).contains("остались незаполненные места");
            assertThat(repo.tags()).isEmpty();
        }
    }

    @Test
    void aScriptIsToldEveryOptionItMissesAndNothingIsWritten() {
        TpRun run = TpRun.in(temp, "new", "point", "--name", "Телефон");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("не указаны обязательные ключи: --kind, --process, --organization, --unit");
        assertThat(register.resolve("points/minkult/TP-059.yaml")).doesNotExist();
        TpRun process = TpRun.in(temp, "new", "process", "--client", "internal", "--category", "appeals");
        assertThat(process.err()).contains("направление appeals не относится к типу клиента internal");
        TpRun code = TpRun.in(temp, "new", "point", "--kind", "telephone");
        assertThat(code.err()).contains("недопустимое значение --kind «telephone»; допустимые: website,");
        assertThat(run.showsStackTrace() || process.showsStackTrace() || code.showsStackTrace()).isFalse();
    }

    @Test
    void theSameTouchpointIsNotDescribedTwice() {
        TpRun run = TpRun.in(temp, "new", "point", "--kind", "phone", "--name", "Ещё телефон", "--process", "PR-001",
                "--needs", "information", "--address", "8 4712 70 08 47");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("такая точка уже есть: TP-019").contains("п. 4.11");
    }

    @Test
    void aRegisterWithoutSchemasGetsNoSchemaLineRatherThanAWrongOne(@TempDir Path elsewhere) throws IOException {
        Path bare = TestRegisters.copySample(elsewhere.resolve("register"));
        Path header = bare.resolve("register.yaml");
        String yaml = Files.readString(header);
        Files.writeString(header, yaml.substring(yaml.indexOf('\n') + 1));  // without its schema line

        TpRun run = TpRun.in(bare, "new", "process", "--name", "Процесс", "--category", "hr-requests",
                "--scope", "intra-agency", "--unit", "minkult-hr");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(bare.resolve("processes/PR-034.yaml"))).startsWith("id: PR-034\n");
    }

    @Test
    void aDryRunPrintsTheFileAndWritesNothing() {
        TpRun run = TpRun.in(temp, "new", "process", "--name", "Процесс", "--category", "hr-requests",
                "--scope", "intra-agency", "--unit", "minkult-hr", "--dry-run");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# yaml-language-server: $schema=../../schema/process.schema.json\n"
                + "id: PR-034\nname: Процесс\nclient: internal\ncategory: hr-requests\n");
        assertThat(run.err()).contains("Файл не записан (--dry-run): register/processes/PR-034.yaml");
        assertThat(register.resolve("processes/PR-034.yaml")).doesNotExist();
    }

    @Test
    void neverOverwritesAndNeverReusesTheIdOfAFileItCouldNotRead() throws IOException {
        Files.writeString(register.resolve("points/museum/TP-059.yaml"), "это не YAML: [");
        TpRun run = TpRun.in(temp, "new", "point", "--kind", "reception", "--name", "Касса музея",
                "--process", "PR-008", "--needs", "information", "--organization", "museum",
                "--address", "г. Курск, ул. Луначарского, д. 4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("TP-060: register/points/museum/TP-060.yaml");
        assertThat(Files.readString(register.resolve("points/museum/TP-059.yaml"))).isEqualTo("это не YAML: [");

        Path existing = register.resolve("points/museum/TP-060.yaml");
        String before = Files.readString(existing);
        assertThatThrownBy(() -> AtomicFile.createNew(existing, "x"))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(existing)).isEqualTo(before);
        try (Stream<Path> left = Files.list(existing.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void atATerminalItAsksForEachFieldAndTakesTheAnswers() throws IOException {
        TpRun run = interactive(ConsoleInput.of(
                "phone",                      // kind
                "Справочная линия",           // name
                "PR-001, 2",                  // processes: by id and by number in the list
                "information consultation",   // needs for PR-001
                "1",                          // needs for PR-002
                "",                           // organization: the default, that of PR-001's unit
                "",                           // unit: the default, PR-001's
                "abc",                        // an address that is not a phone number: asked again
                "+7 (4712) 12-34-56",
                "",                           // accessibility: none
                "",                           // history: no
                "law", "Федеральный закон от 02.05.2006 № 59-ФЗ",
                "met", "1", "n/a", "",        // assessments of 3.5; quick-feedback left for later
                ""),                          // survey: none
                "new", "point");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).as("no colour under NO_COLOR").doesNotContain("\u001B");
        assertThat(run.err()).contains("Вид точки (пп. 3.2, 3.3):").contains("12) phone — Телефонная связь")
                .contains("не является номером телефона").contains("[minkult-heritage]");
        assertThat(run.out()).contains("TP-059: register/points/minkult/TP-059.yaml")
                .contains("оценки требований п. 3.5: 1");
        Register read = TestRegisters.load(register);
        Point point = read.point("TP-059").orElseThrow();
        assertThat(point.processes()).extracting(l -> l.process()).containsExactly("PR-001", "PR-002");
        assertThat(point.processes().get(1).needs()).extracting(n -> n.code()).containsExactly("information");
        assertThat(point.basis().get(0).title()).isEqualTo("Федеральный закон от 02.05.2006 № 59-ФЗ");
        assertThat(newFindings(read)).containsExactly("unfinished placeholder 20");
    }

    @Test
    void aProcessIsAskedForToo() {
        TpRun run = interactive(Map.of(), ConsoleInput.of("Выдача справок сотрудникам", "internal", "hr-requests",
                "intra-agency", "minkult-hr", "internal-act", "Приказ о кадровой службе"), "new", "process");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("colour at a terminal without NO_COLOR").contains("\u001B[1m");
        Register read = TestRegisters.load(register);
        assertThat(read.process("PR-034").orElseThrow().category().code()).isEqualTo("hr-requests");
        assertThat(newFindings(read)).containsExactly("process-points no-point 2");
    }

    @Test
    void whenInputEndsNothingIsWritten() {
        TpRun run = interactive(ConsoleInput.of("phone", "Телефон"), "new", "point");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ввод прервался; файл не создан");
        assertThat(register.resolve("points/minkult/TP-059.yaml")).doesNotExist();
        assertThat(run.showsStackTrace()).isFalse();
    }

    @Test
    void withoutATerminalItNeverAsks() {
        TpRun run = TpRun.in(temp, "new", "point");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Вид точки (пп. 3.2, 3.3):");
    }

    /** The command as a person runs it at a terminal, answering its questions. */
    private TpRun interactive(ConsoleInput answers, String... args) {
        return interactive(Map.of("NO_COLOR", "1"), answers, args);
    }

    private TpRun interactive(Map<String, String> variables, ConsoleInput answers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(temp, variables, true, Language.RUSSIAN, answers);
        int code = Tp.run(env, new PrintWriter(out), new PrintWriter(err), args);
        return new TpRun(code, out.toString(), err.toString());
    }

    /** The findings on files other than the sample's own, as "rule message-id line". */
    private static List<String> newFindings(Register register) {
        ValidationReport report = Validator.withAllRules().validate(register);
        ValidationReport sample = Validator.withAllRules().validate(TestRegisters.load(TestRegisters.SAMPLE));
        List<String> known = sample.findings().stream().map(NewCommandTest::describe).toList();
        return report.findings().stream().map(NewCommandTest::describe).filter(f -> !known.contains(f))
                .map(f -> f.substring(f.indexOf(' ') + 1)).toList();
    }

    private static String describe(Finding finding) {
        return finding.location().file() + " " + finding.rule() + " " + finding.message().key() + " "
                + finding.location().line();
    }
}
