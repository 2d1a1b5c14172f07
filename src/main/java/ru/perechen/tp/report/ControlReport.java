package ru.perechen.tp.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.validate.ValidationReport;

/**
 * The control report for the working group (5.1) and the authorized person (5.2), computed once
 * from a register and its validation report; the renderers only lay it out. Points and processes
 * are taken in id order, each id once (the {@code id} rule reports duplicates), so the same
 * register always gives the same report.
 *
 * @param title   the register's title, or {@code null} when register.yaml gives none
 * @param changes the changes since the last approved version, when the Git layer supplies them;
 *                empty when there is no approved version or no history to compare with
 */
public record ControlReport(String title, int points, int processes, Counts counts, CoverageMatrix coverage,
                            List<Journey> journeys, List<ComplianceTable> compliance, Flags flags,
                            ValidationReport validation, Optional<ChangesSinceApproval> changes) {

    /** The report on a register with no approved version to compare with. */
    public static ControlReport of(Register register, ValidationReport validation) {
        return of(register, validation, Optional.empty());
    }

    public static ControlReport of(Register register, ValidationReport validation,
                                   Optional<ChangesSinceApproval> changes) {
        List<Point> points = byId(register.points(), Point::id);
        List<InteractionProcess> processes = byId(register.processes(), InteractionProcess::id);
        return new ControlReport(register.header().title(), points.size(), processes.size(),
                Counts.of(register, points, processes),
                CoverageMatrix.of(register, processes),
                Journey.of(register, processes),
                List.of(ComplianceTable.of(Channel.ONLINE, points), ComplianceTable.of(Channel.OFFLINE, points)),
                Flags.of(register, points, processes),
                validation, changes);
    }

    /** Records in id order, the first of each id in file order kept; records without an id last, in file order. */
    private static <T> List<T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> unique = new LinkedHashMap<>();
        List<T> withoutId = new ArrayList<>();
        for (T record : records) {
            String key = id.apply(record);
            if (key == null) {
                withoutId.add(record);
            } else {
                unique.putIfAbsent(key, record);
            }
        }
        List<String> ids = new ArrayList<>(unique.keySet());
        ids.sort(IdOrder.IDS);
        List<T> sorted = new ArrayList<>(ids.size() + withoutId.size());
        ids.forEach(k -> sorted.add(unique.get(k)));
        sorted.addAll(withoutId);
        return List.copyOf(sorted);
    }
}
