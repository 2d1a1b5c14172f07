package ru.perechen.tp.rules;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.model.Unit;

/**
 * Every point and process has an id of its pattern ({@code TP-} or {@code PR-} and digits) that
 * equals its file's name, and ids are unique across the register, case and Unicode normalization
 * aside (4.4). Organisation and unit ids are unique too. Only a valid id ever becomes a path.
 */
@RuleInfo(id = "id", clause = Clause.C4_4, severity = Severity.ERROR)
public final class IdRule implements Rule {

    public static final Pattern POINT_ID = Pattern.compile("TP-[0-9]{1,9}");
    public static final Pattern PROCESS_ID = Pattern.compile("PR-[0-9]{1,9}");

    @Override
    public void check(Register register, Reporter reporter) {
        for (ReadProblem problem : register.readProblems()) {
            if (problem.kind() == ReadProblem.Kind.FILE_NAME) {
                reporter.report(problem);
            }
        }
        Map<String, Origin> seen = new HashMap<>();
        for (Point point : register.points()) {
            checkRecord(point.id(), point.origin(), POINT_ID, "TP-001", seen, reporter);
        }
        for (InteractionProcess process : register.processes()) {
            checkRecord(process.id(), process.origin(), PROCESS_ID, "PR-001", seen, reporter);
        }
        Map<String, Location> localIds = new HashMap<>();
        for (Organization organization : register.header().organizations()) {
            checkLocal(organization.id(), organization.origin().at("id"), "organizations", localIds, reporter);
        }
        localIds.clear();
        for (Unit unit : register.header().units()) {
            checkLocal(unit.id(), unit.origin().at("id"), "units", localIds, reporter);
        }
    }

    private static void checkRecord(String id, Origin origin, Pattern pattern, String example,
                                    Map<String, Origin> seen, Reporter reporter) {
        String stem = stem(origin.file());
        if (id == null) {
            reporter.reportWithHint(origin.at("id"), Message.of("hint.add-id", example), "missing");
            return;
        }
        if (!pattern.matcher(id).matches()) {
            reporter.reportWithHint(origin.at("id"), Message.of("hint.pattern", example), "pattern", id);
            return;
        }
        if (!id.equals(stem)) {
            reporter.reportWithHint(origin.at("id"), Message.of("hint.rename", id + ".yaml"), "file-name", id,
                    fileName(origin.file()));
        }
        Origin first = seen.putIfAbsent(canonical(id), origin);
        if (first != null) {
            reporter.report(origin.at("id"), "duplicate", id, first.file());
        }
    }

    private static void checkLocal(String id, Location at, String list, Map<String, Location> seen,
                                   Reporter reporter) {
        if (id == null) {
            return;
        }
        Location first = seen.putIfAbsent(canonical(id), at);
        if (first != null) {
            reporter.report(at, "duplicate-local", id, list, first.line());
        }
    }

    /**
     * Ids that differ only in case or in the Unicode normalization of their letters name the same
     * record for a person, and the same file on a case-insensitive share.
     */
    static String canonical(String id) {
        return Normalizer.normalize(id, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String stem(String path) {
        String name = fileName(path);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    static List<Pattern> patterns() {
        return List.of(POINT_ID, PROCESS_ID);
    }
}
