package ru.perechen.tp.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import ru.perechen.tp.TestRegisters;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;

/** What tp new writes is read back as written, by tp's loader and by a generic YAML reader alike. */
class DraftYamlTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"NO", "no", "on", "Off", "yes", "y", "true", "False", "null", "~", "0755", "1.10",
        "2026-11-30", "+7 (4712) 51-11-11", "-5", ".inf", "a: b", "a #b", "#x", "x:", " leading", "trailing ",
        "'q'", "\"dq\"", "line1\nline2", "tab\there", "- x", "[x]", "{x}", "*a", "&a", "!t", "|", ">", "@x", "`x",
        "%x", "? x", ", x", "back\\slash", "\u202Eevil", "\uFEFFbom", "emoji 😀", "<script>alert(1)</script>",
        "Приём: по записи", "Обычный текст, «кавычки» и № 5", "https://kultura.rkursk.ru/a?b=c#d", "kultura@rkursk.ru"})
    void aValueYamlWouldMisreadComesBackAsWritten(String value) throws Exception {
        PointDraft draft = new PointDraft("TP-001", value, PointKind.RECEPTION, "min", "min-dept", value,
                List.of(new PointDraft.Link("PR-1", List.of(Need.INFORMATION, Need.OTHER), value)),
                new BasisDraft(BasisType.LAW, value), Map.of(), null, List.of(), false);
        String yaml = new DraftYaml(Language.RUSSIAN).point(draft, "../schema/point.schema.json");

        Path root = TestRegisters.write(temp.resolve("r"), "processes/PR-1.yaml",
                TestRegisters.process("PR-1", "external", "appeals"));
        Files.createDirectories(root.resolve("points"));
        Files.writeString(root.resolve("points/TP-001.yaml"), yaml, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW);
        Register register = TestRegisters.load(root);
        assertThat(register.readProblems()).filteredOn(p -> p.kind() != ru.perechen.tp.model.ReadProblem.Kind.STRUCTURE
                        && p.kind() != ru.perechen.tp.model.ReadProblem.Kind.PLACEHOLDER)
                .isEmpty();
        Point point = register.point("TP-001").orElseThrow();
        assertThat(point.name()).isEqualTo(value);
        assertThat(point.address()).isEqualTo(value);
        assertThat(point.processes().get(0).other()).isEqualTo(value);
        assertThat(point.basis().get(0).title()).isEqualTo(value);

        // A generic YAML 1.2 reader sees text too, never a number, boolean, date or null.
        Object generic = ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml)).get("name");
        assertThat(generic).isEqualTo(value);
    }

    @Test
    void onlyPlainTextThatStartsWithALetterIsLeftUnquoted() {
        assertThat(YamlText.scalar("Справочная служба")).isEqualTo("Справочная служба");
        assertThat(YamlText.scalar("https://kultura.rkursk.ru/")).isEqualTo("https://kultura.rkursk.ru/");
        assertThat(YamlText.scalar("NO")).isEqualTo("\"NO\"");
        assertThat(YamlText.scalar("0755")).isEqualTo("\"0755\"");
        assertThat(YamlText.scalar("+7 1")).isEqualTo("\"+7 1\"");
        assertThat(YamlText.scalar("a: b")).isEqualTo("\"a: b\"");
        assertThat(YamlText.scalar("a #b")).isEqualTo("\"a #b\"");
        assertThat(YamlText.scalar("a\"b\\c\nd\u202E")).isEqualTo("\"a\\\"b\\\\c\\nd\\u202E\"");
    }

    @Test
    void placesLeftForAPersonHoldTheMarksThatValidateReports() {
        PointDraft draft = new PointDraft("TP-059", "Телефон", PointKind.PHONE, "min", "min-dept", "+7 4712 00-00-00",
                List.of(new PointDraft.Link("PR-1", List.of(Need.INFORMATION), null)), BasisDraft.UNKNOWN,
                Map.of(Requirement.RECEIPT_NOTICE, Assessment.MET), null, List.of(), false);
        String yaml = new DraftYaml(Language.RUSSIAN).point(draft, "../../schema/point.schema.json");
        assertThat(yaml).startsWith("# yaml-language-server: $schema=../../schema/point.schema.json\nid: TP-059\n")
                .contains("basis:\n  # п. 4.8: на основании какого документа")
                .contains("  - type: ЗАПОЛНИТЕ\n    title: ЗАПОЛНИТЕ  # п. 4.8")
                .contains("  receipt-notice: met\n")
                .contains("  complete-answer: ОЦЕНИТЕ  # п. 3.5 «б» исчерпывающий ответ: "
                        + "met | partly | not-met | n/a\n")
                .doesNotContain("survey:").doesNotContain("channel:");
        assertThat(draft.unassessed()).containsExactly(Requirement.COMPLETE_ANSWER, Requirement.KNOWLEDGE_BASE,
                Requirement.QUICK_FEEDBACK);
        String english = new DraftYaml(Language.ENGLISH).point(draft, "x");
        assertThat(english).contains("basis:\n  # cl. 4.8: the document").contains("complete-answer: ОЦЕНИТЕ  # cl. 3.5 «б» complete answer");
    }

    @Test
    void theNextIdFollowsTheWidestPaddingInUse() {
        assertThat(NextId.after("TP-", List.of("TP-001", "TP-058", "TP-007"))).isEqualTo("TP-059");
        assertThat(NextId.after("TP-", List.of("TP-1", "TP-40"))).isEqualTo("TP-41");
        assertThat(NextId.after("TP-", List.of("TP-7", "TP-010"))).isEqualTo("TP-011");
        assertThat(NextId.after("TP-", List.of("TP-099", "TP-1000"))).isEqualTo("TP-1001");
        assertThat(NextId.after("PR-", List.of("TP-005", "PR-x", "PR-3a"))).isEqualTo("PR-001");
        assertThat(NextId.after("PR-", List.of())).isEqualTo("PR-001");
    }

    @Test
    void pointsGoInTheOrganizationsFolderWhereTheRegisterDoesSo() {
        Register sample = TestRegisters.load(TestRegisters.SAMPLE);
        assertThat(Placement.forPoint(sample, "museum")).isEqualTo("points/museum");
        assertThat(Placement.forPoint(sample, "new-org")).isEqualTo("points/new-org");
        assertThat(Placement.forProcess(sample, "minkult-appeals")).isEqualTo("processes");

        Register flat = TestRegisters.load(TestRegisters.write(temp.resolve("flat"),
                "processes/min/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "points/TP-1.yaml", "id: TP-1\norganization: min\n",
                "points/lib/TP-2.yaml", "id: TP-2\norganization: lib\n"));
        assertThat(Placement.forPoint(flat, "min")).isEqualTo("points");
        assertThat(Placement.forProcess(flat, "lib-dept")).isEqualTo("processes/lib");
        assertThat(Placement.forPoint(flat, "../x")).isEqualTo("points");
    }
}
