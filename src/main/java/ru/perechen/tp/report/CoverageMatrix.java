package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Register;

/**
 * Which processes are reachable through which kinds of point: for each process of the registry
 * (by id) and each of the 18 kinds, how many points of that kind serve it.
 *
 * @param max the largest count of any cell, the top of the heat map's scale
 */
public record CoverageMatrix(List<PointKind> kinds, List<Row> rows, int max) {

    /**
     * One process: its points counted by kind ({@code total} counts each point once, including
     * points whose kind could not be read).
     */
    public record Row(String processId, String processName, ClientType client, Map<PointKind, Integer> byKind,
                      int total) {

        public int count(PointKind kind) {
            return byKind.getOrDefault(kind, 0);
        }
    }

    /** The kinds that at least one process is reached through, in the Order's sequence. */
    public List<PointKind> usedKinds() {
        return kinds.stream().filter(k -> rows.stream().anyMatch(r -> r.count(k) > 0)).toList();
    }

    static CoverageMatrix of(Register register, List<InteractionProcess> processes) {
        List<Row> rows = new ArrayList<>();
        int max = 0;
        for (InteractionProcess process : processes) {
            Map<PointKind, Integer> byKind = new EnumMap<>(PointKind.class);
            List<Point> points = process.id() == null ? List.of() : register.pointsOf(process.id());
            for (Point point : points) {
                if (point.kind() != null) {
                    byKind.merge(point.kind(), 1, Integer::sum);
                }
            }
            for (int n : byKind.values()) {
                max = Math.max(max, n);
            }
            rows.add(new Row(process.id(), process.name(), process.client(), Collections.unmodifiableMap(byKind),
                    points.size()));
        }
        return new CoverageMatrix(List.of(PointKind.values()), List.copyOf(rows), max);
    }
}
