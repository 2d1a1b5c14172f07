package ru.perechen.tp.draft;

import java.util.function.Function;
import java.util.regex.Pattern;

import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Unit;

/**
 * The folder a new file goes in, following the register's own convention where one is evident:
 * points grouped by organization ({@code points/<organization>/}), processes by the organization or
 * the unit that runs them; otherwise the top folder. A convention counts as evident when every
 * existing file follows it. Sub-folders mean nothing to tp; this only keeps the register tidy for
 * the people who browse it.
 */
public final class Placement {

    /** Only an id of this form becomes a folder name (the form register.yaml's ids must have). */
    private static final Pattern FOLDER_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final String POINTS = "points";
    public static final String PROCESSES = "processes";

    private Placement() {
    }

    /** The folder for a new point of an organization, relative to the register, with {@code /}. */
    public static String forPoint(Register register, String organization) {
        if (register.points().isEmpty() || !FOLDER_NAME.matcher(organization).matches()) {
            return POINTS;
        }
        boolean byOrganization = register.points().stream()
                .allMatch(p -> (POINTS + "/" + p.organization()).equals(folderOf(p.origin().file())));
        return byOrganization ? POINTS + "/" + organization : POINTS;
    }

    /** The folder for a new process run by a unit, relative to the register, with {@code /}. */
    public static String forProcess(Register register, String unit) {
        if (register.processes().isEmpty()) {
            return PROCESSES;
        }
        Function<String, String> organizationOf = id -> register.unit(id).map(Unit::organization).orElse(null);
        if (followed(register, InteractionProcess::unit)) {
            return named(unit);
        }
        if (followed(register, p -> organizationOf.apply(p.unit()))) {
            return named(organizationOf.apply(unit));
        }
        return PROCESSES;
    }

    private static boolean followed(Register register, Function<InteractionProcess, String> group) {
        return register.processes().stream()
                .allMatch(p -> (PROCESSES + "/" + group.apply(p)).equals(folderOf(p.origin().file())));
    }

    private static String named(String group) {
        return group != null && FOLDER_NAME.matcher(group).matches() ? PROCESSES + "/" + group : PROCESSES;
    }

    private static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
