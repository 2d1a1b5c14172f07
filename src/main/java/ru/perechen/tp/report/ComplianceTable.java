package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Requirement;

/**
 * The points of one channel against the general requirements of their clause (3.4 for online
 * points, 3.5 for offline ones), and how many meet each requirement.
 */
public record ComplianceTable(Channel channel, List<Requirement> requirements, List<Row> rows, List<Share> shares) {

    /** A point's assessments; a requirement it does not assess (yet) maps to nothing. */
    public record Row(PointRef point, Map<Requirement, Assessment> assessments) {

        /** The assessment, or {@code null} when the point has none for this requirement. */
        public Assessment of(Requirement requirement) {
            return assessments.get(requirement);
        }
    }

    /**
     * How the points of the channel stand on one requirement. The share met is taken over the
     * points the requirement applies to and that are assessed: {@code n/a} and unassessed points
     * are left out, so that a requirement that does not apply to a point cannot lower its share.
     */
    public record Share(Requirement requirement, int met, int partly, int notMet, int notApplicable,
                        int notAssessed) {

        /** Points the requirement applies to, assessed. */
        public int applicable() {
            return met + partly + notMet;
        }

        /** The share met, 0 to 1; {@code null} when the requirement applies to no assessed point. */
        public Double shareMet() {
            return applicable() == 0 ? null : (double) met / applicable();
        }

        /** The share met in whole percent, rounded half up; {@code null} as in {@link #shareMet()}. */
        public Integer percentMet() {
            return applicable() == 0 ? null : (int) Math.round(100.0 * met / applicable());
        }
    }

    public Clause clause() {
        return channel == Channel.ONLINE ? Clause.C3_4 : Clause.C3_5;
    }

    static ComplianceTable of(Channel channel, List<Point> points) {
        List<Requirement> requirements = Requirement.of(channel);
        List<Row> rows = new ArrayList<>();
        for (Point point : points) {
            if (point.effectiveChannel() != channel) {
                continue;
            }
            Map<Requirement, Assessment> assessments = new EnumMap<>(Requirement.class);
            if (point.requirements() != null) {
                for (Requirement requirement : requirements) {
                    Assessment assessment = point.requirements().get(requirement);
                    if (assessment != null) {
                        assessments.put(requirement, assessment);
                    }
                }
            }
            rows.add(new Row(PointRef.of(point), Collections.unmodifiableMap(assessments)));
        }
        List<Share> shares = new ArrayList<>();
        for (Requirement requirement : requirements) {
            int[] n = new int[Assessment.values().length + 1];
            for (Row row : rows) {
                Assessment assessment = row.of(requirement);
                n[assessment == null ? Assessment.values().length : assessment.ordinal()]++;
            }
            shares.add(new Share(requirement, n[Assessment.MET.ordinal()], n[Assessment.PARTLY.ordinal()],
                    n[Assessment.NOT_MET.ordinal()], n[Assessment.NOT_APPLICABLE.ordinal()],
                    n[Assessment.values().length]));
        }
        return new ComplianceTable(channel, requirements, List.copyOf(rows), List.copyOf(shares));
    }
}
