package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Unit;

/**
 * How many points and processes there are by channel, kind, organization, unit, client type and
 * category. Every code of a vocabulary gets a row, zeros included (a kind nobody uses is worth
 * seeing); a row {@link Subject#UNSPECIFIED} appears only when some record gives no readable value.
 *
 * @param byClient   processes by client type; points counted under each client type they serve
 * @param byCategory processes by category; points counted under each category they serve
 */
public record Counts(List<Row> byChannel, List<Row> byKind, List<Row> byOrganization, List<Row> byUnit,
                     List<Row> byClient, List<Row> byCategory) {

    /** One line of counts; {@code processes} is 0 where processes are not counted by that subject. */
    public record Row(Subject subject, int points, int processes) {
    }

    static Counts of(Register register, List<Point> points, List<InteractionProcess> processes) {
        return new Counts(
                byCode(Channel.values(), points, Point::effectiveChannel, List.of(), p -> null),
                byCode(PointKind.values(), points, Point::kind, List.of(), p -> null),
                byOrganization(register, points, processes),
                byUnit(register, points, processes),
                byServed(ClientType.values(), register, points, processes, InteractionProcess::client),
                byServed(ProcessCategory.values(), register, points, processes, InteractionProcess::category));
    }

    private static <C extends ru.perechen.tp.model.Code> List<Row> byCode(
            C[] codes, List<Point> points, Function<Point, C> pointValue,
            List<InteractionProcess> processes, Function<InteractionProcess, C> processValue) {
        Map<C, int[]> counts = new LinkedHashMap<>();
        Arrays.stream(codes).forEach(c -> counts.put(c, new int[2]));
        int[] unspecified = new int[2];
        for (Point point : points) {
            C value = pointValue.apply(point);
            (value == null ? unspecified : counts.get(value))[0]++;
        }
        for (InteractionProcess process : processes) {
            C value = processValue.apply(process);
            (value == null ? unspecified : counts.get(value))[1]++;
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, n) -> rows.add(new Row(Subject.of(code), n[0], n[1])));
        addUnspecified(rows, unspecified);
        return List.copyOf(rows);
    }

    /** Processes by their own value; points under every value among the processes they link. */
    private static <C extends ru.perechen.tp.model.Code> List<Row> byServed(
            C[] codes, Register register, List<Point> points, List<InteractionProcess> processes,
            Function<InteractionProcess, C> processValue) {
        Map<C, int[]> counts = new LinkedHashMap<>();
        Arrays.stream(codes).forEach(c -> counts.put(c, new int[2]));
        int[] unspecified = new int[2];
        for (InteractionProcess process : processes) {
            C value = processValue.apply(process);
            (value == null ? unspecified : counts.get(value))[1]++;
        }
        for (Point point : points) {
            Set<C> served = new LinkedHashSet<>();
            for (ProcessLink link : links(point)) {
                register.process(link.process()).map(processValue).ifPresent(served::add);
            }
            served.forEach(value -> counts.get(value)[0]++);
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((code, n) -> rows.add(new Row(Subject.of(code), n[0], n[1])));
        addUnspecified(rows, unspecified);
        return List.copyOf(rows);
    }

    private static List<Row> byOrganization(Register register, List<Point> points,
                                            List<InteractionProcess> processes) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (Organization organization : register.header().organizations()) {
            if (organization.id() != null) {
                subjects.putIfAbsent(organization.id(), Subject.named(organization.id(), organization.name()));
            }
        }
        return byRecord(subjects, points, Point::organization, processes,
                process -> register.unit(process.unit()).map(Unit::organization).orElse(null));
    }

    private static List<Row> byUnit(Register register, List<Point> points, List<InteractionProcess> processes) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        for (Unit unit : register.header().units()) {
            if (unit.id() != null) {
                subjects.putIfAbsent(unit.id(), Subject.named(unit.id(), unit.name()));
            }
        }
        return byRecord(subjects, points, Point::unit, processes, InteractionProcess::unit);
    }

    /**
     * Counts by an id of register.yaml, in the order register.yaml lists them; an id used but not
     * declared (a {@code reference} finding) gets a row of its own after them, so nothing is lost.
     */
    private static List<Row> byRecord(Map<String, Subject> declared, List<Point> points,
                                      Function<Point, String> pointId, List<InteractionProcess> processes,
                                      Function<InteractionProcess, String> processId) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        declared.keySet().forEach(id -> counts.put(id, new int[2]));
        List<String> undeclared = new ArrayList<>();
        int[] unspecified = new int[2];
        for (Point point : points) {
            count(pointId.apply(point), 0, counts, undeclared, unspecified);
        }
        for (InteractionProcess process : processes) {
            count(processId.apply(process), 1, counts, undeclared, unspecified);
        }
        List<Row> rows = new ArrayList<>();
        undeclared.sort(IdOrder.IDS);
        for (String id : declared.keySet()) {
            rows.add(new Row(declared.get(id), counts.get(id)[0], counts.get(id)[1]));
        }
        for (String id : undeclared) {
            rows.add(new Row(Subject.named(id, null), counts.get(id)[0], counts.get(id)[1]));
        }
        addUnspecified(rows, unspecified);
        return List.copyOf(rows);
    }

    private static void count(String id, int column, Map<String, int[]> counts, List<String> undeclared,
                              int[] unspecified) {
        if (id == null) {
            unspecified[column]++;
            return;
        }
        int[] n = counts.get(id);
        if (n == null) {
            n = new int[2];
            counts.put(id, n);
            undeclared.add(id);
        }
        n[column]++;
    }

    private static void addUnspecified(List<Row> rows, int[] unspecified) {
        if (unspecified[0] > 0 || unspecified[1] > 0) {
            rows.add(new Row(Subject.UNSPECIFIED, unspecified[0], unspecified[1]));
        }
    }

    static List<ProcessLink> links(Point point) {
        return point.processes() == null ? List.of()
                : point.processes().stream().filter(l -> Objects.nonNull(l.process())).toList();
    }
}
