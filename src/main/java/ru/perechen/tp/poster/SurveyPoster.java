package ru.perechen.tp.poster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.rules.IdRule;

/**
 * What one poster shows: an offline point (3.3) whose quick feedback (3.5 г) goes through an
 * online survey, so that a client at the desk or on the phone can scan the link.
 *
 * @param organization the name of the organization that runs the point, or its id when unnamed
 */
public record SurveyPoster(String pointId, String name, String address, String organization, String survey) {

    /** Why an offline point with a survey link gets no poster. */
    public enum Skip { INVALID_ID, NOT_HTTPS }

    /** An offline point left out, and why. */
    public record Skipped(String pointId, String file, Skip reason) {
    }

    /** The posters of a register and the points left out, both in id order. */
    public record Selection(List<SurveyPoster> posters, List<Skipped> skipped) {
    }

    /**
     * Every offline point with a survey link. Only a point whose id has the id rule's form becomes
     * a poster, because the id names its file; only an https link is encoded, because a client who
     * scans it cannot see where it leads.
     */
    public static Selection of(Register register) {
        List<SurveyPoster> posters = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Point> points = new ArrayList<>(register.points());
        points.sort(Comparator.comparing(Point::id, IdOrder.IDS));
        for (Point point : points) {
            if (point.effectiveChannel() != Channel.OFFLINE || point.survey() == null || point.survey().isBlank()) {
                continue;
            }
            if (point.id() == null || !IdRule.POINT_ID.matcher(point.id()).matches()) {
                skipped.add(new Skipped(point.id(), point.origin().file(), Skip.INVALID_ID));
            } else if (!Addresses.isHttpsUrl(point.survey())) {
                skipped.add(new Skipped(point.id(), point.origin().file(), Skip.NOT_HTTPS));
            } else {
                String organization = register.organization(point.organization()).map(Organization::name)
                        .filter(n -> !n.isBlank()).orElse(point.organization());
                posters.add(new SurveyPoster(point.id(), point.name(), point.address(), organization,
                        point.survey()));
            }
        }
        return new Selection(List.copyOf(posters), List.copyOf(skipped));
    }
}
