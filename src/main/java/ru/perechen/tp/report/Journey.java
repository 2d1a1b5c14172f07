package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.List;

import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;

/**
 * The client's way through one external process (4.9): for each stage, in order, the points where
 * the client can do it; a stage no point offers is a gap.
 */
public record Journey(String processId, String processName, List<Stage> stages) {

    /** The stages of a client's journey, in the order a client goes through them (4.9: 1–5, 7, 8). */
    public static final List<Need> STAGES = List.of(Need.INFORMATION, Need.CONSULTATION, Need.FORMS,
            Need.SUBMISSION, Need.RESULT, Need.FEEDBACK, Need.FEEDBACK_RESULT);

    /** One stage and the ids of the points that offer it, by id. */
    public record Stage(Need need, List<String> points) {

        public boolean gap() {
            return points.isEmpty();
        }
    }

    public List<Need> gaps() {
        return stages.stream().filter(Stage::gap).map(Stage::need).toList();
    }

    static List<Journey> of(Register register, List<InteractionProcess> processes) {
        List<Journey> journeys = new ArrayList<>();
        for (InteractionProcess process : processes) {
            if (process.client() != ClientType.EXTERNAL || process.id() == null) {
                continue;
            }
            List<Stage> stages = new ArrayList<>();
            for (Need need : STAGES) {
                List<String> offering = new ArrayList<>();
                for (Point point : register.pointsOf(process.id())) {
                    if (offers(point, process.id(), need)) {
                        offering.add(point.id() == null ? point.origin().file() : point.id());
                    }
                }
                offering.sort(IdOrder.IDS);
                stages.add(new Stage(need, List.copyOf(offering)));
            }
            journeys.add(new Journey(process.id(), process.name(), List.copyOf(stages)));
        }
        return List.copyOf(journeys);
    }

    private static boolean offers(Point point, String processId, Need need) {
        for (ProcessLink link : Counts.links(point)) {
            if (link.process().equals(processId) && link.needs().contains(need)) {
                return true;
            }
        }
        return false;
    }
}
