package ru.perechen.tp.rules;

import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/**
 * A point's address fits its kind (3.2, 3.3): an https URL for web kinds, an e-mail address for
 * {@code email}, a phone number for {@code phone}, an https URL or a system's name for the
 * ministry's internal systems, and free text (a postal address, a room) offline.
 */
@RuleInfo(id = "address-format", clause = Clause.C3_2, severity = Severity.ERROR)
public final class AddressFormatRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            String address = point.address();
            if (address == null || address.isBlank()) {
                reporter.report(point.origin().at("address"), "missing");
                continue;
            }
            if (point.kind() == null || Placeholders.is(address)) {
                continue;
            }
            if (!Addresses.fits(point.kind(), address)) {
                reporter.report(point.origin().at("address"), "form." + point.kind().addressForm().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', '-'), address, point.kind());
            }
        }
    }
}
