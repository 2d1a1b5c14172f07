package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.rules.Rule;
import ru.perechen.tp.rules.RuleCatalogue;
import ru.perechen.tp.rules.RuleExample;

/** {@code tp validate} from the outside: arguments in, exit code and output out. */
class ValidateCommandTest {

    private static final Path SAMPLE = Path.of("register").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theSampleRegisterHasNoErrors() {
        TpRun run = TpRun.in(SAMPLE.getParent(), "validate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Ошибок: 0").contains("Проверено точек: 58, процессов: 33");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void findingsAreLocatedRelativeToTheCurrentFolderAsCompilersPrintThem() throws IOException {
        Path register = RuleExample.of("channel-kind", "fail").materialize(temp.resolve("register"));
        TpRun run = TpRun.in(temp, "validate");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("register/points/TP-002.yaml:4:10: ошибка: канал «онлайн» (online) "
                + "не соответствует виду «Телефонная связь» (phone): у точек этого вида канал «офлайн» (offline) "
                + "[channel-kind, п. 3.1]");
        assertThat(run.out()).contains("    подсказка: удалите поле channel");
        TpRun outside = TpRun.in(temp.resolve("elsewhere"), "validate", register.toString());
        assertThat(outside.out()).contains(register.toAbsolutePath() + "/points/TP-002.yaml:4:10");
    }

    @Test
    void theRegisterIsFoundAboveTheCurrentFolder() throws IOException {
        Path register = RuleExample.of("channel-kind", "pass").materialize(temp.resolve("reg"));
        TpRun run = TpRun.in(register.resolve("points"), "validate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Ошибок: 0");
    }

    @Test
    void jsonReportsEveryRuleWithItsClauseFileAndLine() throws IOException {
        List<String> seen = new ArrayList<>();
        for (Rule rule : RuleCatalogue.all()) {
            Path root = RuleExample.of(rule.id(), "fail").materialize(temp.resolve(rule.id()));
            TpRun run = TpRun.in(temp, "validate", "--format", "json", root.toString());
            JsonNode report = JSON.readTree(run.out());
            for (JsonNode finding : report.get("findings")) {
                if (finding.get("rule").asText().equals(rule.id())) {
                    assertThat(finding.get("clause").isTextual()).isTrue();
                    assertThat(finding.get("clause").asText()).isEqualTo(rule.info().clause().number());
                    assertThat(finding.get("file").asText()).startsWith(rule.id() + "/");
                    assertThat(finding.get("message").asText()).isNotBlank().doesNotContain(rule.id() + ".");
                    assertThat(finding.has("line")).isTrue();
                    seen.add(rule.id());
                    break;
                }
            }
        }
        assertThat(seen).containsExactlyElementsOf(RuleCatalogue.ids());
    }

    @Test
    void jsonCountsAndClauseAsString() throws IOException {
        TpRun run = TpRun.in(SAMPLE.getParent(), "validate", "--format", "json");
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("errors").asInt()).isZero();
        assertThat(report.get("warnings").asInt()).isEqualTo(report.get("findings").size());
        assertThat(report.get("points").asInt()).isEqualTo(58);
        assertThat(report.get("processes").asInt()).isEqualTo(33);
        assertThat(report.get("findings").get(0).get("file").asText()).startsWith("register/points/");
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        assertThat(TpRun.in(SAMPLE.getParent(), "validate").exitCode()).isZero();
        assertThat(TpRun.in(SAMPLE.getParent(), "validate", "--strict").exitCode()).isEqualTo(1);
    }

    @Test
    void englishOnRequest() {
        TpRun run = TpRun.in(SAMPLE.getParent(), "validate", "--lang", "en");
        assertThat(run.out()).contains("Points checked: 58, processes: 33. Errors: 0,");
        assertThat(TpRun.in(SAMPLE.getParent(), "validate", "--lang", "de").exitCode()).isEqualTo(2);
    }

    @Test
    void theRegistersOwnLocaleChoosesTheLanguage() throws IOException {
        Path register = RuleExample.of("channel-kind", "fail").materialize(temp.resolve("register"));
        Path header = register.resolve("register.yaml");
        Files.writeString(header, Files.readString(header).replace("locale: ru", "locale: en"));
        TpRun run = TpRun.in(temp, "validate");
        assertThat(run.out()).contains("error: channel").contains("Points checked: 2,");
    }

    @Test
    void ruleOverridesWorkAsWrittenIncludingOff() throws IOException {
        Path register = RuleExample.of("formal-approach", "fail").materialize(temp.resolve("register"));
        Path header = register.resolve("register.yaml");
        TpRun before = TpRun.in(temp, "validate");
        assertThat(before.out()).contains("[formal-approach, п. 4.10]");
        Files.writeString(header, Files.readString(header) + "rules:\n  formal-approach: off\n  offline-alternative: error\n");
        TpRun after = TpRun.in(temp, "validate");
        assertThat(after.out()).doesNotContain("formal-approach");
        Files.writeString(header, Files.readString(header) + "  yaml-syntax: off\n  no-such-rule: warning\n");
        TpRun refused = TpRun.in(temp, "validate");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("правило yaml-syntax нельзя отключить").contains("неизвестное правило «no-such-rule»");
    }

    @Test
    void noRegisterIsAUsageErrorWithAClearMessage() {
        TpRun run = TpRun.in(temp, "validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("не найден Перечень");
        assertThat(run.showsStackTrace()).isFalse();
        TpRun missing = TpRun.in(temp, "validate", "nowhere");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("нет файла register.yaml");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        TpRun run = TpRun.in(SAMPLE.getParent(), "validate", "--frmat", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("неизвестный параметр").contains("tp validate --help");
        assertThat(run.showsStackTrace()).isFalse();
    }

    @Test
    void aMistypedCommandIsCalledACommandWithTheOnesMeant() {
        TpRun run = TpRun.in(temp, "valdiate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("нет такой команды: valdiate").contains("tp validate")
                .doesNotContain("неизвестный параметр");
    }

    @Test
    void helpIsInRussianAndListsExitCodes() {
        TpRun run = TpRun.in(temp, "validate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Использование:").contains("Проверить Перечень").contains("Коды завершения:");
        assertThat(TpRun.in(temp, "validate", "--help", "--lang", "en").out()).contains("Usage:").contains("Exit codes:");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws IOException {
        RuleExample.of("channel-kind", "fail").materialize(temp.resolve("register"));
        java.io.StringWriter out = new java.io.StringWriter();
        Env terminal = new Env(temp, Map.of(), true, ru.perechen.tp.i18n.Language.RUSSIAN);
        Tp.run(terminal, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()), "validate");
        assertThat(out.toString()).contains("\u001B[");
        java.io.StringWriter plain = new java.io.StringWriter();
        Env noColor = new Env(temp, Map.of("NO_COLOR", "1"), true, ru.perechen.tp.i18n.Language.RUSSIAN);
        Tp.run(noColor, new java.io.PrintWriter(plain), new java.io.PrintWriter(new java.io.StringWriter()), "validate");
        assertThat(plain.toString()).doesNotContain("\u001B[");
        assertThat(TpRun.in(temp, "validate").out()).doesNotContain("\u001B[");
    }

    @Test
    void textFromTheRegisterCannotDriveTheTerminal() throws IOException {
        Path register = RuleExample.of("channel-kind", "pass").materialize(temp.resolve("register"));
        Files.writeString(register.resolve("points/TP-002.yaml"),
                Files.readString(register.resolve("points/TP-002.yaml")).replace("kind: phone", "kind: \"ph\\e]0;owned\\aone\""));
        TpRun run = TpRun.in(temp, "validate");
        assertThat(run.out()).doesNotContain("\u001B").contains("\\u001B]0;owned\\u0007");
    }
}
