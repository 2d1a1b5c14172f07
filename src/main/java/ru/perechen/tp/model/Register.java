package ru.perechen.tp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register as read from one source (a folder or a Git revision): its header, its points and
 * processes in file order, the problems met while reading, and the indexes the rules share, built
 * once here so that no rule scans the register per record.
 *
 * @param pointFiles   how many point files were found, including those that could not be read
 * @param processFiles how many process files were found, including those that could not be read
 */
public record Register(RegisterHeader header, List<Point> points, List<InteractionProcess> processes,
                       List<ReadProblem> readProblems, int pointFiles, int processFiles, Index index) {

    public Register(RegisterHeader header, List<Point> points, List<InteractionProcess> processes,
                    List<ReadProblem> readProblems, int pointFiles, int processFiles) {
        this(header, List.copyOf(points), List.copyOf(processes), List.copyOf(readProblems), pointFiles,
                processFiles, new Index(header, points, processes));
    }

    /** An empty register: what there is before the first approved version. */
    public static Register empty() {
        return new Register(RegisterHeader.unreadable(), List.of(), List.of(), List.of(), 0, 0);
    }

    public Optional<InteractionProcess> process(String id) {
        return Optional.ofNullable(index.processesById.get(id));
    }

    public Optional<Point> point(String id) {
        return Optional.ofNullable(index.pointsById.get(id));
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(index.unitsById.get(id));
    }

    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(index.organizationsById.get(id));
    }

    /** The points that link a process, each once, in file order. */
    public List<Point> pointsOf(String processId) {
        return index.pointsByProcess.getOrDefault(processId, List.of());
    }

    /**
     * Lookups by id. Where an id occurs twice (the {@code id} rule reports it), the first record
     * in file order wins, so that every other rule sees one consistent register.
     */
    public static final class Index {
        private final Map<String, Point> pointsById = new HashMap<>();
        private final Map<String, InteractionProcess> processesById = new HashMap<>();
        private final Map<String, Unit> unitsById = new HashMap<>();
        private final Map<String, Organization> organizationsById = new HashMap<>();
        private final Map<String, List<Point>> pointsByProcess = new LinkedHashMap<>();

        Index(RegisterHeader header, List<Point> points, List<InteractionProcess> processes) {
            for (Organization organization : header.organizations()) {
                if (organization.id() != null) {
                    organizationsById.putIfAbsent(organization.id(), organization);
                }
            }
            for (Unit unit : header.units()) {
                if (unit.id() != null) {
                    unitsById.putIfAbsent(unit.id(), unit);
                }
            }
            for (InteractionProcess process : processes) {
                if (process.id() != null) {
                    processesById.putIfAbsent(process.id(), process);
                }
            }
            for (Point point : points) {
                if (point.id() != null) {
                    pointsById.putIfAbsent(point.id(), point);
                }
                if (point.processes() == null) {
                    continue;
                }
                for (ProcessLink link : point.processes()) {
                    if (link.process() == null) {
                        continue;
                    }
                    List<Point> linking = pointsByProcess.computeIfAbsent(link.process(), k -> new ArrayList<>(2));
                    if (linking.isEmpty() || linking.get(linking.size() - 1) != point) {
                        linking.add(point);
                    }
                }
            }
            pointsByProcess.replaceAll((k, v) -> Collections.unmodifiableList(v));
        }
    }
}
