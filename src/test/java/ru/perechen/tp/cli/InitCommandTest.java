package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import picocli.CommandLine;
import ru.perechen.tp.pipeline.Platform;

class InitCommandTest {

    /**
     * Commands the workflows may call before they exist (none now: {@code tp ci} has landed). Remove
     * a name here when its command lands: {@link #pendingCommandsAreStillPending} fails until then,
     * so this list cannot outlive its reason.
     */
    private static final Set<String> PENDING = Set.of();

    private static final String[] COMPLETE = {"init", "reg", "--organization-name", "Министерство культуры: Курская область",
        "--organization-id", "minkult", "--unit-id", "otdel-obrashcheniy", "--unit-name", "Отдел обращений",
        "--authorized-person", "Иванова Мария Петровна", "--position", "консультант"};

    @TempDir
    Path dir;

    @Test
    void makesARegisterThatValidatesWithoutErrors() throws IOException {
        CommandRun init = CommandRun.in(dir, COMPLETE);
        CommandRun validate = CommandRun.in(dir, "validate", "reg");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("Дальше:\n  cd reg\n  git init");
        for (String file : List.of("register.yaml", "points/.gitkeep", "processes/.gitkeep", "README.md",
                ".gitattributes", ".github/workflows/tp.yml", ".gitlab-ci.yml")) {
            assertThat(dir.resolve("reg").resolve(file)).as(file).isRegularFile();
        }
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("Ошибок: 0");
        assertThat(Files.readString(dir.resolve("reg/.gitattributes"))).contains("*.yaml text eol=lf");
        assertThat(Files.readString(dir.resolve("reg/README.md"))).contains("Министерство культуры: Курская область");
    }

    @Test
    void theFolderToChangeToIsQuotedForTheShellOnlyWhereItMustBe() {
        assertThat(InitCommand.shellWord("Перечень/2026")).isEqualTo("Перечень/2026");
        assertThat(InitCommand.shellWord("Перечень культуры")).isEqualTo("'Перечень культуры'");
        assertThat(InitCommand.shellWord("O'Brien")).isEqualTo("'O'\\''Brien'");
    }

    @Test
    void theNewRegisterCarriesTheSchemasThatItsFilesNameForEditors() throws IOException {
        CommandRun.in(dir, COMPLETE);
        Path reg = dir.resolve("reg");
        CommandRun process = CommandRun.in(reg, "new", "process", "--name", "Рассмотрение обращений",
                "--category", "appeals", "--scope", "intra-agency", "--unit", "otdel-obrashcheniy");
        CommandRun point = CommandRun.in(reg, "new", "point", "--kind", "email", "--name", "Почта",
                "--process", "PR-001", "--address", "kultura@example.ru");

        assertThat(process.exitCode()).as(process.err()).isZero();
        assertThat(point.exitCode()).as(point.err()).isZero();
        for (String file : List.of("register.yaml", "processes/PR-001.yaml", "points/TP-001.yaml")) {
            String firstLine = Files.readAllLines(reg.resolve(file)).get(0);
            assertThat(firstLine).as(file).startsWith("# yaml-language-server: $schema=");
            Path schema = reg.resolve(file).getParent().resolve(firstLine.substring(firstLine.indexOf('=') + 1));
            assertThat(schema).as(file).isRegularFile();
            assertThat(Files.readString(schema)).as(file)
                    .isEqualTo(Files.readString(Path.of("schema").resolve(schema.getFileName())));
        }
    }

    @Test
    void theYamlFilesAreValidYamlAndRegisterYamlSaysWhatWasAsked() throws IOException {
        CommandRun.in(dir, COMPLETE);

        Map<?, ?> register = (Map<?, ?>) yaml(dir.resolve("reg/register.yaml"));
        yaml(dir.resolve("reg/.github/workflows/tp.yml"));
        yaml(dir.resolve("reg/.gitlab-ci.yml"));

        Map<?, ?> organization = (Map<?, ?>) ((List<?>) register.get("organizations")).get(0);
        assertThat(organization.get("name")).isEqualTo("Министерство культуры: Курская область");
        assertThat(organization.get("id")).isEqualTo("minkult");
        assertThat(register.get("locale")).isEqualTo("ru");
        assertThat(((Map<?, ?>) register.get("authorized-person")).get("unit")).isEqualTo("otdel-obrashcheniy");
    }

    @Test
    void withoutUnitAndPersonValidationSaysWhatToFillIn() throws IOException {
        CommandRun init = CommandRun.in(dir, "init", "--organization-name", "Министерство", "--organization-id", "min",
                "--locale", "en", "--title", "Register");
        CommandRun validate = CommandRun.in(dir, "validate");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("fill in the units (units) and the authorized person");
        Map<?, ?> register = (Map<?, ?>) yaml(dir.resolve("register.yaml"));
        assertThat(register.get("locale")).isEqualTo("en");
        assertThat(register.get("title")).isEqualTo("Register");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(validate.out()).contains("authorized-person").contains("units");
    }

    @Test
    void workflowsCallCommandsThatExist() throws IOException {
        CommandRun.in(dir, COMPLETE);

        List<List<String>> calls = new ArrayList<>();
        calls.addAll(tpCalls(runLines(dir.resolve("reg/.github/workflows/tp.yml"))));
        calls.addAll(tpCalls(runLines(dir.resolve("reg/.gitlab-ci.yml"))));

        assertThat(calls).isNotEmpty();
        Set<String> existing = commandLine().getSubcommands().keySet();
        for (List<String> call : calls) {
            String command = call.get(0);
            assertThat(existing.contains(command) || PENDING.contains(command)).as("tp %s exists", command).isTrue();
            if (existing.contains(command)) {
                // Parsing as tp would rejects an option or a value the command does not have.
                assertThatCode(() -> commandLine().parseArgs(call.toArray(String[]::new)))
                        .as("tp %s", String.join(" ", call)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void pendingCommandsAreStillPending() {
        assertThat(commandLine().getSubcommands().keySet()).filteredOn(PENDING::contains).isEmpty();
    }

    @Test
    void workflowsFetchTheHistoryAndTagsThatTheDiffNeeds() throws IOException {
        CommandRun.in(dir, COMPLETE);

        Map<?, ?> workflow = (Map<?, ?>) yaml(dir.resolve("reg/.github/workflows/tp.yml"));
        List<?> steps = (List<?>) ((Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("tp")).get("steps");
        Map<?, ?> checkout = steps.stream().map(step -> (Map<?, ?>) step)
                .filter(step -> String.valueOf(step.get("uses")).startsWith("actions/checkout@")).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) checkout.get("with")).get("fetch-depth")).isEqualTo(0);

        Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) yaml(dir.resolve("reg/.gitlab-ci.yml"))).get("tp");
        assertThat(((Map<?, ?>) job.get("variables")).get("GIT_DEPTH")).isEqualTo("0");
    }

    @Test
    void gitlabCollectsTheFilesWhereTpCiWritesThem() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        CommandRun.in(dir, COMPLETE);

        Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) yaml(dir.resolve(".gitlab-ci.yml"))).get("tp");
        List<String> script = runLines(dir.resolve(".gitlab-ci.yml"));
        assertThat(script).contains("cd \"reg\"");
        Map<?, ?> artifacts = (Map<?, ?>) job.get("artifacts");
        assertThat(((Map<?, ?>) artifacts.get("reports")).get("codequality"))
                .isEqualTo("reg/" + Platform.CODE_QUALITY_REPORT);
        assertThat(artifacts.get("paths")).isEqualTo(List.of("reg/" + Platform.GITLAB_SUMMARY));
        assertThat(artifacts.get("when")).isEqualTo("always");
    }

    @Test
    void refusesAFolderThatHoldsARegister() throws IOException {
        CommandRun.in(dir, COMPLETE);
        String before = Files.readString(dir.resolve("reg/register.yaml"));

        CommandRun again = CommandRun.in(dir, COMPLETE);

        assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("уже есть Перечень");
        assertThat(Files.readString(dir.resolve("reg/register.yaml"))).isEqualTo(before);
    }

    @Test
    void refusesRecordsWithoutRegisterYaml() throws IOException {
        Files.createDirectories(dir.resolve("reg/points"));
        Files.writeString(dir.resolve("reg/points/TP-001.yaml"), "id: TP-001\n");

        CommandRun run = CommandRun.in(dir, COMPLETE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dir.resolve("reg/register.yaml")).doesNotExist();
    }

    @Test
    void keepsFilesThatExist() throws IOException {
        Files.createDirectories(dir.resolve("reg"));
        Files.writeString(dir.resolve("reg/README.md"), "мой README\n");

        CommandRun run = CommandRun.in(dir, COMPLETE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("= reg/README.md");
        assertThat(Files.readString(dir.resolve("reg/README.md"))).isEqualTo("мой README\n");
    }

    @Test
    void insideARepositoryThePlatformFilesGoToItsRootAndRunInTheRegister() throws IOException {
        Files.createDirectories(dir.resolve(".git"));

        CommandRun run = CommandRun.in(dir, COMPLETE);

        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve(".github/workflows/tp.yml")).isRegularFile();
        assertThat(dir.resolve("reg/.github")).doesNotExist();
        Map<?, ?> workflow = (Map<?, ?>) yaml(dir.resolve(".github/workflows/tp.yml"));
        Map<?, ?> job = (Map<?, ?>) ((Map<?, ?>) workflow.get("jobs")).get("tp");
        assertThat(((Map<?, ?>) ((Map<?, ?>) job.get("defaults")).get("run")).get("working-directory")).isEqualTo("reg");
        assertThat(Files.readString(dir.resolve(".gitlab-ci.yml"))).contains("- cd \"reg\"");
    }

    @Test
    void withoutATerminalTheOrganizationMustBeGiven() {
        CommandRun run = CommandRun.in(dir, "init", "--organization-id", "minkult");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--organization-name");
        assertThat(dir.resolve("register.yaml")).doesNotExist();
    }

    @Test
    void anIdThatCannotBeOneIsRefused() {
        CommandRun run = CommandRun.in(dir, "init", "--organization-name", "Министерство", "--organization-id", "Минкульт");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Минкульт");
    }

    private static Object yaml(Path file) throws IOException {
        return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Every shell line of a workflow: GitHub's {@code run} values and GitLab's {@code script} items. */
    private static List<String> runLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        collect(yaml(file), null, lines);
        return lines;
    }

    private static void collect(Object node, Object key, List<String> lines) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, k, lines));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, key, lines));
        } else if (node instanceof String text && ("run".equals(key) || "script".equals(key))) {
            lines.addAll(text.lines().toList());
        }
    }

    /** The arguments of each tp call in shell lines ({@code tp …} or {@code java -jar …tp.jar …}), command first. */
    private static List<List<String>> tpCalls(List<String> lines) {
        Pattern call = Pattern.compile("(?:^|\\s)(?:tp|java -jar \\S*tp\\.jar\"?)\\s+([^;&|>]*)");
        List<List<String>> calls = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = call.matcher(line);
            while (matcher.find()) {
                List<String> args = new ArrayList<>();
                for (String word : matcher.group(1).trim().split("\\s+")) {
                    args.add(word.replaceAll("^[\"']|[\"']$", ""));
                }
                calls.add(args);
            }
        }
        return calls;
    }

    private static CommandLine commandLine() {
        return Tp.commandLine(new Env(Path.of("."), Map.of(), false, ru.perechen.tp.i18n.Language.RUSSIAN),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()));
    }
}
