package ru.perechen.tp.rules;

import java.util.List;

import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;

/**
 * The shape shared by the rules that judge an external process by the points that serve it
 * (4.10, 4.13). A process with no point at all is left to {@code process-points}.
 */
abstract class ExternalProcessRule implements Rule {

    @Override
    public final void check(Register register, Reporter reporter) {
        for (InteractionProcess process : register.processes()) {
            if (process.client() != ClientType.EXTERNAL || process.id() == null) {
                continue;
            }
            List<Point> points = register.pointsOf(process.id());
            if (!points.isEmpty()) {
                check(process, points, reporter);
            }
        }
    }

    abstract void check(InteractionProcess process, List<Point> points, Reporter reporter);
}
