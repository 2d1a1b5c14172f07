package ru.perechen.tp.draft;

import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Requirement;

/**
 * A new point as its author described it. Everything a file needs is here except what only a
 * person can decide: the basis and the assessment of each requirement may be missing, and are
 * then written as marked places that {@code tp validate} reports until someone fills them in.
 *
 * @param assessments the requirements of the kind's channel assessed so far
 * @param survey      the https link of the satisfaction survey, or {@code null}
 */
public record PointDraft(String id, String name, PointKind kind, String organization, String unit, String address,
                         List<Link> links, BasisDraft basis, Map<Requirement, Assessment> assessments, String survey,
                         List<AccessibilityFeature> accessibility, boolean history) {

    /** A process the point serves and the needs met there; {@code other} describes the need {@code other}. */
    public record Link(String process, List<Need> needs, String other) {

        public Link {
            needs = List.copyOf(needs);
        }
    }

    public PointDraft {
        links = List.copyOf(links);
        assessments = Map.copyOf(assessments);
        accessibility = List.copyOf(accessibility);
    }

    /** The requirements of the point's channel (3.4 or 3.5) not assessed yet, in the Order's sequence. */
    public List<Requirement> unassessed() {
        return Requirement.of(kind.channel()).stream().filter(r -> !assessments.containsKey(r)).toList();
    }
}
