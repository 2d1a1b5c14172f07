package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.List;

import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;

/**
 * What the working group should look at beyond the validator's findings: points kept in the
 * register though little used or without appeal accounting (4.7), points without a satisfaction
 * survey link, and external processes that miss a principle of 4.13.
 */
public record Flags(List<PointRef> lowDemand, List<PointRef> appealsNotTracked, List<PointRef> withoutSurvey,
                    List<Principles> principles) {

    /**
     * An external process against the principles of 4.13 that the register records: an online point
     * (2), an offline alternative (3), a point with an accessibility feature (4), a point where the
     * client sees their history (5). {@code true} means some point of the process provides it.
     */
    public record Principles(String processId, String processName, boolean online, boolean offline,
                             boolean accessibility, boolean history) {

        public boolean flagged() {
            return !(online && offline && accessibility && history);
        }
    }

    /** The external processes that miss at least one principle. */
    public List<Principles> flaggedPrinciples() {
        return principles.stream().filter(Principles::flagged).toList();
    }

    static Flags of(Register register, List<Point> points, List<InteractionProcess> processes) {
        List<PointRef> low = new ArrayList<>();
        List<PointRef> untracked = new ArrayList<>();
        List<PointRef> noSurvey = new ArrayList<>();
        for (Point point : points) {
            if (point.demand() == Demand.LOW) {
                low.add(PointRef.of(point));
            }
            if (!point.appealsTracked()) {
                untracked.add(PointRef.of(point));
            }
            if (point.survey() == null || point.survey().isBlank()) {
                noSurvey.add(PointRef.of(point));
            }
        }
        List<Principles> principles = new ArrayList<>();
        for (InteractionProcess process : processes) {
            if (process.client() != ClientType.EXTERNAL || process.id() == null) {
                continue;
            }
            List<Point> serving = register.pointsOf(process.id());
            principles.add(new Principles(process.id(), process.name(),
                    serving.stream().anyMatch(p -> p.effectiveChannel() == Channel.ONLINE),
                    serving.stream().anyMatch(p -> p.effectiveChannel() == Channel.OFFLINE),
                    serving.stream().anyMatch(p -> !p.accessibility().isEmpty()),
                    serving.stream().anyMatch(Point::history)));
        }
        return new Flags(List.copyOf(low), List.copyOf(untracked), List.copyOf(noSurvey), List.copyOf(principles));
    }
}
