package ru.perechen.tp.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;

/**
 * The semantic difference between two versions of the register: a pure function of two
 * {@link Register}s, no Git. Records are matched by id, never by file, so a moved or renamed file
 * with the same id is no change. Points and processes are compared field by field:
 *
 * <ul>
 *   <li>a process or point present in one version only is included or excluded;</li>
 *   <li>a point's {@code kind} is a {@code kind-changed} (6.3.2);</li>
 *   <li>a point's process links are compared per process, as sets of needs: needs added or
 *       removed, or a link added or removed as a whole, is a {@code needs-changed} (6.3.3);</li>
 *   <li>a process excluded from the registry also yields a {@code needs-changed} (all its needs
 *       removed) at every point that linked it and is in both versions, even if the point's own
 *       file did not change: the needs met there for that process are no longer met (6.3.1, 6.3.3).
 *       Points included or excluded as a whole carry no {@code needs-changed}: their inclusion or
 *       exclusion says it all;</li>
 *   <li>any other field is a {@code field-changed} with its path ({@code address},
 *       {@code basis[0].title}, {@code requirements.public}, {@code processes[PR-1].other}) and
 *       its values as text (codes as written; lists of codes in the Order's sequence, comma-separated).</li>
 * </ul>
 *
 * <p>The result is sorted by change type (in {@link ChangeType}'s order: processes included,
 * excluded, points included, excluded, kinds, needs, other fields), then by id, process and field
 * path, each in natural order ({@code TP-2} before {@code TP-10}). Records without a readable id
 * take no part; where an id occurs twice in one version (an {@code id} error), the first in file
 * order counts, as everywhere in tp.
 */
public final class RegisterDiff {

    /** The order of every diff: type, then id, process, field. */
    public static final Comparator<Change> ORDER = Comparator.comparing(Change::type)
            .thenComparing(Change::id, NaturalOrder.INSTANCE)
            .thenComparing(Change::process, NaturalOrder.INSTANCE)
            .thenComparing(Change::field, NaturalOrder.INSTANCE)
            .thenComparing(Change::file, NaturalOrder.INSTANCE);

    private RegisterDiff() {
    }

    public static List<Change> compare(Register from, Register to) {
        List<Change> changes = new ArrayList<>();
        Map<String, InteractionProcess> oldProcesses = byId(from.processes(), InteractionProcess::id);
        Map<String, InteractionProcess> newProcesses = byId(to.processes(), InteractionProcess::id);
        Set<String> excluded = new TreeSet<>(oldProcesses.keySet());
        excluded.removeAll(newProcesses.keySet());
        for (InteractionProcess process : newProcesses.values()) {
            InteractionProcess old = oldProcesses.get(process.id());
            if (old == null) {
                changes.add(presence(ChangeType.PROCESS_INCLUDED, process.id(), process.origin().file()));
            } else {
                compareProcess(old, process, changes);
            }
        }
        for (String id : excluded) {
            changes.add(presence(ChangeType.PROCESS_EXCLUDED, id, oldProcesses.get(id).origin().file()));
        }

        Map<String, Point> oldPoints = byId(from.points(), Point::id);
        Map<String, Point> newPoints = byId(to.points(), Point::id);
        for (Point point : newPoints.values()) {
            Point old = oldPoints.get(point.id());
            if (old == null) {
                changes.add(presence(ChangeType.POINT_INCLUDED, point.id(), point.origin().file()));
            } else {
                comparePoint(old, point, excluded, changes);
            }
        }
        for (Point old : oldPoints.values()) {
            if (!newPoints.containsKey(old.id())) {
                changes.add(presence(ChangeType.POINT_EXCLUDED, old.id(), old.origin().file()));
            }
        }
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    private static void compareProcess(InteractionProcess a, InteractionProcess b, List<Change> changes) {
        Fields fields = new Fields(b.id(), b.origin().file(), changes);
        fields.compare("name", a.name(), b.name());
        fields.compare("client", code(a.client()), code(b.client()));
        fields.compare("category", code(a.category()), code(b.category()));
        fields.compare("scope", code(a.scope()), code(b.scope()));
        fields.compare("unit", a.unit(), b.unit());
        fields.compareBasis(a.basis(), b.basis());
        fields.compare("note", a.note(), b.note());
    }

    private static void comparePoint(Point a, Point b, Set<String> excludedProcesses, List<Change> changes) {
        String file = b.origin().file();
        Fields fields = new Fields(b.id(), file, changes);
        fields.compare("name", a.name(), b.name());
        if (!Objects.equals(code(a.kind()), code(b.kind()))) {
            changes.add(new Change(ChangeType.KIND_CHANGED, b.id(), file, null, code(a.kind()), code(b.kind()),
                    null, null, null));
        }
        fields.compare("channel", code(a.channel()), code(b.channel()));
        fields.compare("organization", a.organization(), b.organization());
        fields.compare("unit", a.unit(), b.unit());
        fields.compare("address", a.address(), b.address());
        compareLinks(a, b, excludedProcesses, fields, changes);
        fields.compareBasis(a.basis(), b.basis());
        compareRequirements(a, b, fields);
        fields.compare("survey", a.survey(), b.survey());
        fields.compare("demand", code(a.demand()), code(b.demand()));
        fields.compare("appeals-tracked", String.valueOf(a.appealsTracked()), String.valueOf(b.appealsTracked()));
        fields.compare("accessibility", codes(a.accessibility(), AccessibilityFeature.class),
                codes(b.accessibility(), AccessibilityFeature.class));
        fields.compare("history", String.valueOf(a.history()), String.valueOf(b.history()));
        fields.compare("note", a.note(), b.note());
    }

    private static void compareLinks(Point a, Point b, Set<String> excludedProcesses, Fields fields,
                                     List<Change> changes) {
        Map<String, Link> oldLinks = links(a.processes());
        Map<String, Link> newLinks = links(b.processes());
        Set<String> processes = new TreeSet<>(NaturalOrder.INSTANCE);
        processes.addAll(oldLinks.keySet());
        processes.addAll(newLinks.keySet());
        for (String process : processes) {
            Link old = oldLinks.get(process);
            // A link to a process that left the registry no longer meets any need, whatever the file still says.
            Link now = old != null && excludedProcesses.contains(process) ? null : newLinks.get(process);
            if (old == null && now == null) {
                continue;
            }
            EnumSet<Need> before = old == null ? EnumSet.noneOf(Need.class) : old.needs();
            EnumSet<Need> after = now == null ? EnumSet.noneOf(Need.class) : now.needs();
            EnumSet<Need> added = EnumSet.copyOf(after);
            added.removeAll(before);
            EnumSet<Need> removed = EnumSet.copyOf(before);
            removed.removeAll(after);
            if (old == null || now == null || !added.isEmpty() || !removed.isEmpty()) {
                changes.add(new Change(ChangeType.NEEDS_CHANGED, b.id(), b.origin().file(), null, null, null,
                        process, codeList(added), codeList(removed)));
            }
            if (old != null && now != null) {
                fields.compare("processes[" + process + "].other", old.other(), now.other());
            }
        }
    }

    private static void compareRequirements(Point a, Point b, Fields fields) {
        Map<Requirement, Assessment> before = a.requirements() == null ? Map.of() : a.requirements();
        Map<Requirement, Assessment> after = b.requirements() == null ? Map.of() : b.requirements();
        for (Requirement requirement : Requirement.values()) {
            if (before.containsKey(requirement) || after.containsKey(requirement)) {
                fields.compare("requirements." + requirement.code(), code(before.get(requirement)),
                        code(after.get(requirement)));
            }
        }
    }

    /** A point's needs for one process; several links to one process (a 4.11 error) count together. */
    private record Link(EnumSet<Need> needs, String other) {
    }

    private static Map<String, Link> links(List<ProcessLink> links) {
        Map<String, Link> byProcess = new LinkedHashMap<>();
        if (links == null) {
            return byProcess;
        }
        for (ProcessLink link : links) {
            if (link.process() == null) {
                continue;
            }
            EnumSet<Need> needs = EnumSet.noneOf(Need.class);
            if (link.needs() != null) {
                link.needs().stream().filter(Objects::nonNull).forEach(needs::add);
            }
            Link known = byProcess.get(link.process());
            if (known == null) {
                byProcess.put(link.process(), new Link(needs, link.other()));
            } else {
                known.needs().addAll(needs);
            }
        }
        return byProcess;
    }

    /** Collects the {@code field-changed} entries of one record. */
    private record Fields(String id, String file, List<Change> changes) {

        void compare(String field, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new Change(ChangeType.FIELD_CHANGED, id, file, field, before, after, null, null, null));
            }
        }

        void compareBasis(List<Basis> before, List<Basis> after) {
            List<Basis> a = before == null ? List.of() : before;
            List<Basis> b = after == null ? List.of() : after;
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String path = "basis[" + i + "]";
                if (i >= a.size()) {
                    compare(path, null, text(b.get(i)));
                } else if (i >= b.size()) {
                    compare(path, text(a.get(i)), null);
                } else {
                    compare(path + ".type", code(a.get(i).type()), code(b.get(i).type()));
                    compare(path + ".title", a.get(i).title(), b.get(i).title());
                }
            }
        }

        private static String text(Basis basis) {
            return code(basis.type()) + ": " + basis.title();
        }
    }

    private static Change presence(ChangeType type, String id, String file) {
        return new Change(type, id, file, null, null, null, null, null, null);
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T record : records) {
            String key = id.apply(record);
            if (key != null) {
                byId.putIfAbsent(key, record);
            }
        }
        return byId;
    }

    private static String code(Code code) {
        return code == null ? null : code.code();
    }

    private static List<String> codeList(EnumSet<Need> needs) {
        return needs.stream().map(Need::code).toList();
    }

    private static <E extends Enum<E> & Code> String codes(List<E> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        values.stream().filter(Objects::nonNull).forEach(set::add);
        return set.isEmpty() ? null : set.stream().map(Code::code).collect(Collectors.joining(", "));
    }
}
