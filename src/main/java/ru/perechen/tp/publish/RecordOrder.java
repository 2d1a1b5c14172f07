package ru.perechen.tp.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;

/**
 * The records of a register in the order every published file lists them ({@link IdOrder}: by id,
 * ties in file order), sorted once and shared by the writers, which run at once.
 */
final class RecordOrder {

    private final List<Point> points;
    private final List<InteractionProcess> processes;
    private final Map<String, List<Point>> pointsByProcess = new HashMap<>();

    private RecordOrder(Register register) {
        this.points = List.copyOf(IdOrder.sorted(register.points(), Point::id));
        this.processes = List.copyOf(IdOrder.sorted(register.processes(), InteractionProcess::id));
        // The points of each process in id order: the register's pointsOf (each point once), sorted.
        for (Point point : points) {
            for (ProcessLink link : point.processes() == null ? List.<ProcessLink>of() : point.processes()) {
                if (link.process() == null) {
                    continue;
                }
                List<Point> linking = pointsByProcess.computeIfAbsent(link.process(), k -> new ArrayList<>(2));
                if (linking.isEmpty() || linking.get(linking.size() - 1) != point) {
                    linking.add(point);
                }
            }
        }
    }

    static RecordOrder of(Register register) {
        return new RecordOrder(register);
    }

    /** The points in id order (ties in file order). */
    List<Point> points() {
        return points;
    }

    /** The processes in id order (ties in file order). */
    List<InteractionProcess> processes() {
        return processes;
    }

    /** The points that link a process, each once, in id order; none for a process without an id. */
    List<Point> pointsOf(String processId) {
        return processId == null ? List.of() : pointsByProcess.getOrDefault(processId, List.of());
    }
}
