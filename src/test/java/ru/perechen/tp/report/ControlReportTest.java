package ru.perechen.tp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import ru.perechen.tp.TestRegisters;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.validate.DisplayPaths;
import ru.perechen.tp.validate.Validator;

/** The control report's figures, checked against counts made by hand, and its pages as a browser would get them. */
class ControlReportTest {

    @TempDir
    Path temp;

    private static ControlReport reportOf(Register register) {
        return ControlReport.of(register, Validator.withAllRules().validate(register));
    }

    private static String html(ControlReport report) {
        return new HtmlRenderer(Language.RUSSIAN, DisplayPaths.asIs()).render(report);
    }

    @Test
    void coverageCountsThePointsOfEachKindThatServeAProcess() {
        ControlReport report = reportOf(TestRegisters.load(TestRegisters.SAMPLE));
        CoverageMatrix.Row pr001 = report.coverage().rows().get(0);
        // PR-001 is linked by TP-001 and TP-057 (website), TP-019 and TP-056 (phone), TP-023 and TP-055
        // (reception), TP-058 (online-service), TP-008 (gosuslugi), TP-013 (email), TP-024 (paper).
        assertThat(pr001.processId()).isEqualTo("PR-001");
        assertThat(pr001.count(PointKind.WEBSITE)).isEqualTo(2);
        assertThat(pr001.count(PointKind.PHONE)).isEqualTo(2);
        assertThat(pr001.count(PointKind.PAPER)).isEqualTo(1);
        assertThat(pr001.count(PointKind.SOCIAL_PUBLIC)).isZero();
        assertThat(pr001.total()).isEqualTo(10);
        assertThat(report.coverage().rows()).extracting(CoverageMatrix.Row::processId).hasSize(33)
                .startsWith("PR-001", "PR-002").endsWith("PR-033");
    }

    @Test
    void theSampleRegistersCountsAddUp() {
        ControlReport report = reportOf(TestRegisters.load(TestRegisters.SAMPLE));
        assertThat(report.points()).isEqualTo(58);
        assertThat(report.processes()).isEqualTo(33);
        assertThat(report.counts().byChannel()).extracting(Counts.Row::points).containsExactly(31, 27);
        assertThat(report.counts().byKind()).hasSize(PointKind.values().length)
                .extracting(Counts.Row::points).asList().satisfies(n -> assertThat(n.stream()
                        .mapToInt(i -> (Integer) i).sum()).isEqualTo(58));
        assertThat(report.counts().byCategory()).hasSize(ProcessCategory.values().length)
                .extracting(Counts.Row::processes).asList().satisfies(n -> assertThat(n.stream()
                        .mapToInt(i -> (Integer) i).sum()).isEqualTo(33));
        assertThat(report.counts().byOrganization()).extracting(r -> r.subject().id())
                .containsExactly("minkult", "library", "museum", "mfc");
    }

    @Test
    void receiptNoticeIsMetByTenOfTheElevenOfflinePointsItAppliesTo() {
        // grep of the sample: receipt-notice is met in 10 files, not-met in 1, n/a in 16.
        ControlReport report = reportOf(TestRegisters.load(TestRegisters.SAMPLE));
        ComplianceTable offline = report.compliance().get(1);
        assertThat(offline.channel()).isEqualTo(Channel.OFFLINE);
        ComplianceTable.Share share = offline.shares().get(0);
        assertThat(share.requirement()).isEqualTo(Requirement.RECEIPT_NOTICE);
        assertThat(share.met()).isEqualTo(10);
        assertThat(share.notMet()).isEqualTo(1);
        assertThat(share.notApplicable()).isEqualTo(16);
        assertThat(share.percentMet()).isEqualTo(91);
        assertThat(html(report)).contains("91\u00A0% (10 из 11)");
    }

    @Test
    void theShareMetLeavesOutPointsTheRequirementDoesNotApplyToAndUnassessedOnes() {
        Register register = TestRegisters.load(TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "points/TP-1.yaml", online("TP-1", "https://a.example.ru", "met"),
                "points/TP-2.yaml", online("TP-2", "https://b.example.ru", "met"),
                "points/TP-3.yaml", online("TP-3", "https://c.example.ru", "partly"),
                "points/TP-4.yaml", online("TP-4", "https://d.example.ru", "not-met"),
                "points/TP-5.yaml", online("TP-5", "https://e.example.ru", "n/a"),
                "points/TP-6.yaml", online("TP-6", "https://f.example.ru", null)));
        ComplianceTable online = reportOf(register).compliance().get(0);
        ComplianceTable.Share easyForms = online.shares().stream()
                .filter(s -> s.requirement() == Requirement.EASY_FORMS).findFirst().orElseThrow();
        // met 2 of the 4 assessed points it applies to (TP-5 is n/a, TP-6 not assessed): 50 %.
        assertThat(easyForms.applicable()).isEqualTo(4);
        assertThat(easyForms.notAssessed()).isEqualTo(1);
        assertThat(easyForms.percentMet()).isEqualTo(50);
        ComplianceTable.Share publicPages = online.shares().get(0);
        assertThat(publicPages.percentMet()).isEqualTo(100);
        assertThat(online.rows()).extracting(r -> r.point().id())
                .containsExactly("TP-1", "TP-2", "TP-3", "TP-4", "TP-5", "TP-6");
        String page = html(reportOf(register));
        assertThat(page).contains("50\u00A0% (2 из 4)").contains("◐").contains("✗");
    }

    @Test
    void aJourneyMarksTheStagesNoPointOffers() {
        Register register = TestRegisters.load(TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "processes/PR-2.yaml", TestRegisters.process("PR-2", "internal", "hr-requests"),
                "points/TP-1.yaml", link(online("TP-1", "https://a.example.ru", "met"), "PR-1",
                        "[information, submission]"),
                "points/TP-2.yaml", link(offline("TP-2"), "PR-1", "[result, consultation]"),
                "points/TP-3.yaml", link(offline("TP-3"), "PR-2", "[information]")));
        List<Journey> journeys = reportOf(register).journeys();
        assertThat(journeys).extracting(Journey::processId).containsExactly("PR-1");
        Journey journey = journeys.get(0);
        assertThat(journey.gaps()).containsExactly(Need.FORMS, Need.FEEDBACK, Need.FEEDBACK_RESULT);
        assertThat(journey.stages().get(0).points()).containsExactly("TP-1");
        assertThat(journey.stages().get(1).points()).containsExactly("TP-2");
        String page = html(reportOf(register));
        assertThat(page).contains("✗ пробел");
        assertThat(page.split("✗ пробел", -1)).hasSize(4);
    }

    @Test
    void principlesOf413AreCheckedPerExternalProcess() {
        Register register = TestRegisters.load(TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "points/TP-1.yaml", link(offline("TP-1"), "PR-1", "[information, result]")
                        + "demand: low\nappeals-tracked: false\n"));
        Flags flags = reportOf(register).flags();
        assertThat(flags.principles()).singleElement().satisfies(p -> {
            assertThat(p.online()).isFalse();
            assertThat(p.offline()).isTrue();
            assertThat(p.accessibility()).isFalse();
            assertThat(p.history()).isFalse();
        });
        assertThat(flags.lowDemand()).extracting(PointRef::id).containsExactly("TP-1");
        assertThat(flags.appealsNotTracked()).extracting(PointRef::id).containsExactly("TP-1");
        assertThat(flags.withoutSurvey()).extracting(PointRef::id).containsExactly("TP-1");
    }

    @Test
    void registerTextIsShownAsTextNeverRunAsMarkup() {
        String hostile = "<script>alert(1)</script>";
        Register register = TestRegisters.load(TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals")
                        .replace("name: Процесс PR-1", "name: \"" + hostile + " & «co»\""),
                "points/TP-1.yaml", link(offline("TP-1"), "PR-1", "[information]")
                        .replace("name: Точка TP-1", "name: \"" + hostile + "\"") + "demand: low\n"));
        ControlReport report = reportOf(register);
        String page = html(report);
        assertThat(page).doesNotContain(hostile).doesNotContain("<script")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&amp; «co»");
        String markdown = new MarkdownRenderer(Language.RUSSIAN, DisplayPaths.asIs()).render(report);
        assertThat(markdown).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void everyChartIsWellFormedSvg() throws Exception {
        String page = html(reportOf(TestRegisters.load(TestRegisters.SAMPLE)));
        List<String> charts = svgs(page);
        assertThat(charts).hasSize(4);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String svg : charts) {
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength()).isEqualTo(1);
        }
    }

    @Test
    void aChartStaysWellFormedWhateverItsLabelsHold() throws Exception {
        String svg = BarChart.svg("c", "<&>\"'", List.of(new BarChart.Bar("a\u0001b\uD800<", 1, "1 & 2")), 2,
                "#000");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(svg).contains("&lt;&amp;&gt;&quot;&#39;").contains("a\uFFFDb\uFFFD&lt;");
    }

    @Test
    void everySectionIsThereWithTablesThatHaveHeaders() {
        String page = html(reportOf(TestRegisters.load(TestRegisters.SAMPLE)));
        for (String id : List.of("counts", "coverage", "journey", "compliance", "flags", "findings", "changes")) {
            assertThat(page).contains("<section id=\"" + id + "\"");
        }
        assertThat(page).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=\"http")
                .doesNotContain("url(").doesNotContain("@import");
        int tables = page.split("<table", -1).length - 1;
        int headed = page.split("<thead>", -1).length - 1;
        assertThat(tables).isGreaterThan(10).isEqualTo(headed);
        assertThat(page).contains("@media print").contains("break-before:page");
        assertThat(page).contains("<html lang=\"ru\">");
        assertThat(new HtmlRenderer(Language.ENGLISH, DisplayPaths.asIs())
                .render(reportOf(TestRegisters.load(TestRegisters.SAMPLE))))
                .contains("<html lang=\"en\">").contains("Control report").doesNotContain("Сводные показатели");
    }

    @Test
    void theSameRegisterGivesTheSameReportByteForByte() {
        Register register = TestRegisters.load(TestRegisters.SAMPLE);
        assertThat(html(reportOf(register))).isEqualTo(html(reportOf(TestRegisters.load(TestRegisters.SAMPLE))));
    }

    @Test
    void withoutAnApprovedVersionTheReportSaysSoPlainly() {
        ControlReport report = reportOf(TestRegisters.load(TestRegisters.SAMPLE));
        assertThat(report.changes()).isEmpty();
        assertThat(html(report)).contains("нет утверждённой версии Перечня или истории Git");
    }

    @Test
    void changesGivenByTheGitLayerAreListedWithTheirClauses() throws Exception {
        Register register = TestRegisters.load(TestRegisters.SAMPLE);
        ApprovedVersion version = new ApprovedVersion("approved/2025-03-01", "Приказ № 12", LocalDate.of(2025, 3, 1),
                "0".repeat(40), 57, 33, "sha256:00");
        List<Change> changes = List.of(
                new Change(ChangeType.POINT_INCLUDED, "TP-058", "points/mfc/TP-058.yaml", null, null, null, null,
                        null, null),
                new Change(ChangeType.KIND_CHANGED, "TP-004", "points/minkult/TP-004.yaml", null, "phone", "email",
                        null, null, null),
                new Change(ChangeType.NEEDS_CHANGED, "TP-001", "points/minkult/TP-001.yaml", null, null, null,
                        "PR-001", List.of("result"), List.of()),
                new Change(ChangeType.FIELD_CHANGED, "TP-002", "points/minkult/TP-002.yaml", "name", "Старое",
                        "<b>Новое</b>", null, null, null));
        ControlReport report = ControlReport.of(register, Validator.withAllRules().validate(register),
                Optional.of(new ChangesSinceApproval(version, changes)));
        String page = html(report);
        assertThat(page).contains("approved/2025-03-01").contains("точка включена").contains("п. 1.4")
                .contains("Телефонная связь → Электронная почта").contains("п. 6.3.2")
                .contains("процесс PR-001: добавлены — получение результата, ответа, разъяснения; удалены — —")
                .contains("name: «Старое» → «&lt;b&gt;Новое&lt;/b&gt;»")
                .doesNotContain("нет утверждённой версии");
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer(Language.RUSSIAN, DisplayPaths.asIs())
                .render(report));
        assertThat(json.at("/changes/since/tag").asText()).isEqualTo("approved/2025-03-01");
        assertThat(json.at("/changes/list/1/type").asText()).isEqualTo("kind-changed");
        assertThat(json.at("/changes/list/1/clause").asText()).isEqualTo("6.3.2");
    }

    @Test
    void jsonCarriesTheFiguresUnderStableKeys() throws Exception {
        ControlReport report = reportOf(TestRegisters.load(TestRegisters.SAMPLE));
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer(Language.RUSSIAN, DisplayPaths.asIs())
                .render(report));
        assertThat(json.get("points").asInt()).isEqualTo(58);
        assertThat(json.at("/coverage/rows/0/process").asText()).isEqualTo("PR-001");
        assertThat(json.at("/coverage/rows/0/kinds/website").asInt()).isEqualTo(2);
        assertThat(json.at("/compliance/1/shares/0/requirement").asText()).isEqualTo("receipt-notice");
        assertThat(json.at("/compliance/1/shares/0/shareMet").asDouble()).isEqualTo(10.0 / 11);
        assertThat(json.at("/validation/warnings").asInt()).isEqualTo(5);
        assertThat(json.get("changes").isNull()).isTrue();
    }

    @Test
    void aHalfFilledRegisterStillGivesAWholeReport() throws Exception {
        Register register = TestRegisters.load(TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", "name: Процесс без id и типа клиента\n",
                "processes/PR-2.yaml", TestRegisters.process("PR-2", "external", "appeals"),
                "points/TP-1.yaml", "name: Точка без id, вида и адреса\nprocesses:\n  - process: PR-2\n"
                        + "    needs: [information]\n  - process: PR-404\n    needs: [result]\n",
                "points/TP-2.yaml", "id: TP-2\nkind: phone\norganization: nowhere\nunit: nobody\n"
                        + "requirements:\n  receipt-notice: maybe\n",
                "points/TP-3.yaml", "[это не запись"));
        ControlReport report = reportOf(register);
        assertThat(report.validation().errors()).isPositive();
        assertThat(report.counts().byKind()).last().satisfies(r -> {
            assertThat(r.subject().unspecified()).isTrue();
            assertThat(r.points()).isEqualTo(1);
        });
        assertThat(report.counts().byOrganization()).extracting(r -> r.subject().id()).contains("nowhere");
        String page = html(report);
        assertThat(page).contains("не указано").contains("nowhere").doesNotContain(">null");
        String markdown = new MarkdownRenderer(Language.RUSSIAN, DisplayPaths.asIs()).render(report);
        assertThat(markdown).doesNotContain("null");
        new ObjectMapper().readTree(new JsonRenderer(Language.ENGLISH, DisplayPaths.asIs()).render(report));
        for (String svg : svgs(page)) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        }
    }

    @Test
    void idsAreOrderedByNumberWhateverTheirPadding() {
        List<String> ids = new ArrayList<>(List.of("TP-10", "TP-2", "TP-002", "PR-1", "TP-1"));
        ids.add(null);
        ids.sort(IdOrder.IDS);
        assertThat(ids).containsExactly("PR-1", "TP-1", "TP-002", "TP-2", "TP-10", null);
    }

    @Test
    void theHeatScaleHasFourStepsUpToTheLargestCount() {
        assertThat(HtmlRenderer.heat(0, 7)).isZero();
        assertThat(HtmlRenderer.heat(1, 7)).isEqualTo(1);
        assertThat(HtmlRenderer.heat(4, 8)).isEqualTo(2);
        assertThat(HtmlRenderer.heat(7, 7)).isEqualTo(4);
    }

    private static List<String> svgs(String page) {
        Matcher matcher = Pattern.compile("(?s)<svg .*?</svg>").matcher(page);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** An online point whose {@code easy-forms} is assessed as given ({@code null}: left out); all else met. */
    static String online(String id, String address, String easyForms) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nname: Точка " + id + "\nkind: website\n"
                + "organization: min\nunit: min-dept\naddress: " + address + "\n"
                + "basis:\n  - type: internal-act\n    title: Приказ\nrequirements:\n");
        for (Requirement requirement : Requirement.of(Channel.ONLINE)) {
            if (requirement == Requirement.EASY_FORMS) {
                if (easyForms != null) {
                    yaml.append("  easy-forms: ").append(easyForms).append('\n');
                }
            } else {
                yaml.append("  ").append(requirement.code()).append(": met\n");
            }
        }
        return yaml.append("survey: https://opros.example.ru/1\n").toString();
    }

    static String offline(String id) {
        return "id: " + id + "\nname: Точка " + id + "\nkind: phone\norganization: min\nunit: min-dept\n"
                + "address: +7 4712 00-00-" + id.substring(3) + "0\n"
                + "basis:\n  - type: internal-act\n    title: Приказ\nrequirements:\n  receipt-notice: met\n"
                + "  complete-answer: met\n  knowledge-base: met\n  quick-feedback: not-met\n";
    }

    static String link(String point, String process, String needs) {
        return point + "processes:\n  - process: " + process + "\n    needs: " + needs + "\n";
    }
}
