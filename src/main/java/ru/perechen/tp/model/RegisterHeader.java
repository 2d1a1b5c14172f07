package ru.perechen.tp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The contents of register.yaml: what the register is, whose points it holds, who keeps it, and
 * the register's own settings. Fields are {@code null} when not readable.
 *
 * @param extraHolidays non-working days the register adds to the production calendar
 * @param extraWorkdays working days (moved Saturdays) the register adds to the production calendar
 */
public record RegisterHeader(Integer format, String title, String locale, List<Organization> organizations,
                             List<Unit> units, AuthorizedPerson authorizedPerson, List<RuleSetting> ruleSettings,
                             List<LocalDate> extraHolidays, List<LocalDate> extraWorkdays, Origin origin) {

    /** Whether register.yaml could be parsed at all; when not, rules about its contents stay silent. */
    public boolean readable() {
        return origin.location().line() > 0;
    }

    public static final String FILE = "register.yaml";

    /** The header of a register whose register.yaml could not be read at all. */
    public static RegisterHeader unreadable() {
        return new RegisterHeader(null, null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                Origin.of(Location.ofFile(FILE)));
    }
}
