package ru.perechen.tp.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Register;

/** The pure comparison, by example: two small registers in, the changes out. */
class RegisterDiffTest {

    private static final String PR1 = "id: PR-1\nname: Обращения\nclient: external\ncategory: appeals\n"
            + "scope: intra-agency\nunit: u\n";
    private static final String PR2 = "id: PR-2\nname: Услуга\nclient: external\ncategory: public-services\n"
            + "scope: interagency\nunit: u\n";

    private static String point(String id, String kind, String links) {
        return "id: " + id + "\nname: Точка\nkind: " + kind + "\norganization: o\nunit: u\naddress: Курск\n"
                + "processes:\n" + links;
    }

    private static List<Change> diff(Map<String, String> before, Map<String, String> after) {
        return RegisterDiff.compare(MemorySource.register(before), MemorySource.register(after));
    }

    @Test
    void identicalRegistersHaveNoChanges() {
        Map<String, String> files = Map.of("processes/PR-1.yaml", PR1,
                "points/TP-1.yaml", point("TP-1", "phone", "  - process: PR-1\n    needs: [information]\n"));
        assertThat(diff(files, files)).isEmpty();
    }

    @Test
    void aRecordIsMatchedByIdNotByFile() {
        String tp1 = point("TP-1", "phone", "  - process: PR-1\n    needs: [information]\n");
        assertThat(diff(Map.of("processes/PR-1.yaml", PR1, "points/a/TP-1.yaml", tp1),
                Map.of("processes/x/PR-1.yaml", PR1, "points/b/TP-1.yaml", tp1))).isEmpty();
    }

    @Test
    void inclusionAndExclusionOfProcessesAndPoints() {
        String tp1 = point("TP-1", "phone", "  - process: PR-1\n    needs: [information]\n");
        String tp2 = point("TP-2", "email", "  - process: PR-1\n    needs: [result]\n");
        List<Change> changes = diff(Map.of("processes/PR-1.yaml", PR1, "points/TP-1.yaml", tp1),
                Map.of("processes/PR-1.yaml", PR1, "processes/PR-2.yaml", PR2, "points/TP-2.yaml", tp2));

        assertThat(changes).extracting(Change::type, Change::id, Change::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeType.PROCESS_INCLUDED, "PR-2", "processes/PR-2.yaml"),
                org.assertj.core.groups.Tuple.tuple(ChangeType.POINT_INCLUDED, "TP-2", "points/TP-2.yaml"),
                org.assertj.core.groups.Tuple.tuple(ChangeType.POINT_EXCLUDED, "TP-1", "points/TP-1.yaml"));
        assertThat(changes.get(0).clause().number()).isEqualTo("6.3.1");
        assertThat(changes.get(1).clause().number()).isEqualTo("1.4");
    }

    @Test
    void aKindChangeIsSixThreeTwo() {
        List<Change> changes = diff(
                Map.of("points/TP-1.yaml", point("TP-1", "phone", "  - process: PR-1\n    needs: [information]\n")),
                Map.of("points/TP-1.yaml", point("TP-1", "email", "  - process: PR-1\n    needs: [information]\n")));

        assertThat(changes).containsExactly(new Change(ChangeType.KIND_CHANGED, "TP-1", "points/TP-1.yaml", null,
                "phone", "email", null, null, null));
        assertThat(changes.get(0).clause().number()).isEqualTo("6.3.2");
        assertThat(changes.get(0).type().requiresActualization()).isTrue();
    }

    @Test
    void needsAreComparedAsSetsPerProcess() {
        List<Change> changes = diff(
                Map.of("points/TP-1.yaml", point("TP-1", "phone",
                        "  - process: PR-1\n    needs: [information, result]\n"
                                + "  - process: PR-2\n    needs: [consultation]\n")),
                Map.of("points/TP-1.yaml", point("TP-1", "phone",
                        "  - process: PR-3\n    needs: [forms]\n"
                                + "  - process: PR-1\n    needs: [result, submission]\n")));

        assertThat(changes).containsExactly(
                needs("TP-1", "PR-1", List.of("submission"), List.of("information")),
                needs("TP-1", "PR-2", List.of(), List.of("consultation")),
                needs("TP-1", "PR-3", List.of("forms"), List.of()));
        assertThat(changes.get(0).clause().number()).isEqualTo("6.3.3");
    }

    @Test
    void reorderedNeedsAreNoChange() {
        assertThat(diff(
                Map.of("points/TP-1.yaml", point("TP-1", "phone", "  - process: PR-1\n    needs: [information, result]\n")),
                Map.of("points/TP-1.yaml", point("TP-1", "phone", "  - process: PR-1\n    needs: [result, information]\n"))))
                .isEmpty();
    }

    @Test
    void anExcludedProcessChangesTheNeedsOfEveryPointThatLinkedIt() {
        String tp1 = point("TP-1", "phone", "  - process: PR-1\n    needs: [information]\n"
                + "  - process: PR-2\n    needs: [result, forms]\n");
        String tp2 = point("TP-2", "phone", "  - process: PR-1\n    needs: [consultation]\n");
        List<Change> changes = diff(
                Map.of("processes/PR-1.yaml", PR1, "processes/PR-2.yaml", PR2, "points/TP-1.yaml", tp1,
                        "points/TP-2.yaml", tp2),
                Map.of("processes/PR-1.yaml", PR1, "points/TP-1.yaml", tp1, "points/TP-2.yaml", tp2));

        assertThat(changes).containsExactly(
                new Change(ChangeType.PROCESS_EXCLUDED, "PR-2", "processes/PR-2.yaml", null, null, null, null, null,
                        null),
                needs("TP-1", "PR-2", List.of(), List.of("forms", "result")));
    }

    @Test
    void otherFieldsAreFieldChangesWithTheirPaths() {
        String before = "id: TP-1\nname: Старое\nkind: phone\norganization: o\nunit: u\naddress: \"+7 1\"\n"
                + "processes:\n  - process: PR-1\n    needs: [other]\n    other: Запись\n"
                + "basis:\n  - type: law\n    title: Закон\n"
                + "requirements:\n  receipt-notice: met\n"
                + "accessibility: [vision]\n";
        String after = "id: TP-1\nname: Новое\nkind: phone\norganization: o\nunit: u\naddress: \"+7 2\"\n"
                + "processes:\n  - process: PR-1\n    needs: [other]\n    other: Приём\n"
                + "basis:\n  - type: order\n    title: Закон\n  - type: contract\n    title: Контракт\n"
                + "requirements:\n  receipt-notice: partly\n"
                + "accessibility: [hearing, vision]\nhistory: true\n";
        List<Change> changes = diff(Map.of("points/TP-1.yaml", before), Map.of("points/TP-1.yaml", after));

        assertThat(changes).extracting(Change::field, Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accessibility", "vision", "vision, hearing"),
                org.assertj.core.groups.Tuple.tuple("address", "+7 1", "+7 2"),
                org.assertj.core.groups.Tuple.tuple("basis[0].type", "law", "order"),
                org.assertj.core.groups.Tuple.tuple("basis[1]", null, "contract: Контракт"),
                org.assertj.core.groups.Tuple.tuple("history", "false", "true"),
                org.assertj.core.groups.Tuple.tuple("name", "Старое", "Новое"),
                org.assertj.core.groups.Tuple.tuple("processes[PR-1].other", "Запись", "Приём"),
                org.assertj.core.groups.Tuple.tuple("requirements.receipt-notice", "met", "partly"));
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.type()).isEqualTo(ChangeType.FIELD_CHANGED);
            assertThat(change.clause()).isNull();
        });
    }

    @Test
    void idsAreOrderedAsPeopleCount() {
        Register before = MemorySource.register(Map.of());
        Register after = MemorySource.register(Map.of(
                "points/TP-10.yaml", point("TP-10", "phone", "  - process: PR-1\n    needs: [information]\n"),
                "points/TP-2.yaml", point("TP-2", "phone", "  - process: PR-1\n    needs: [information]\n")));
        assertThat(RegisterDiff.compare(before, after)).extracting(Change::id).containsExactly("TP-2", "TP-10");
    }

    private static Change needs(String id, String process, List<String> added, List<String> removed) {
        return new Change(ChangeType.NEEDS_CHANGED, id, "points/" + id + ".yaml", null, null, null, process, added,
                removed);
    }
}
