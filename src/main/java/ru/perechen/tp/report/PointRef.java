package ru.perechen.tp.report;

import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;

/** A point as a report lists it: enough to find it (id, file) and to recognise it (name, kind, organization). */
public record PointRef(String id, String name, PointKind kind, String organization, String file) {

    static PointRef of(Point point) {
        return new PointRef(point.id(), point.name(), point.kind(), point.organization(), point.origin().file());
    }
}
