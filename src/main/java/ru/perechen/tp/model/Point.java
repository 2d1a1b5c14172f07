package ru.perechen.tp.model;

import java.util.List;
import java.util.Map;

/**
 * An interaction point: one place or channel where a client meets the ministry. Fields are
 * {@code null} (lists: {@code null}) when the file does not give a readable value; the rules
 * report what is missing, so that a half-filled file is still checked for everything else.
 *
 * @param channel        the channel written in the file, or {@code null}; the effective channel is the kind's
 * @param requirements   the assessments written, by requirement; {@code null} when the key is absent
 * @param appealsTracked whether appeals at the point are accounted for (4.7); default {@code true}
 * @param history        whether the client can see their history of interactions here (4.13(5))
 */
public record Point(String id, String name, PointKind kind, Channel channel, String organization, String unit,
                    String address, List<ProcessLink> processes, List<Basis> basis,
                    Map<Requirement, Assessment> requirements, String survey, Demand demand,
                    boolean appealsTracked, List<AccessibilityFeature> accessibility, boolean history,
                    String note, Origin origin) {

    /** The channel the point works through: the kind's (3.1), whatever the file says. */
    public Channel effectiveChannel() {
        return kind == null ? channel : kind.channel();
    }
}
