package ru.perechen.tp.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Unit;

/**
 * Finds what a cell names in the register: an organization or a unit by its id or by its name as
 * register.yaml writes it (compared as {@link LooseText} does), a process by its name.
 */
final class RegisterLookup {

    private final Register register;
    /** The register's process ids by the {@link LooseText} key of their names, built once: rows look names up often. */
    private final Map<String, List<String>> processesByName = new HashMap<>();

    RegisterLookup(Register register) {
        this.register = register;
        for (InteractionProcess process : register.processes()) {
            if (process.id() != null && process.name() != null) {
                processesByName.computeIfAbsent(LooseText.key(process.name()), k -> new ArrayList<>()).add(process.id());
            }
        }
    }

    /** What a lookup found: one id, or the ids of several records of the same name, or nothing. */
    record Match(String id, List<String> candidates) {

        boolean found() {
            return id != null;
        }

        boolean ambiguous() {
            return id == null && candidates.size() > 1;
        }
    }

    Match organization(String text) {
        if (register.organization(text).isPresent()) {
            return new Match(text, List.of(text));
        }
        return byName(register.header().organizations(), Organization::id, Organization::name, text, null, null);
    }

    /** A unit by id, or by name among the units of {@code organization} (all units when it is {@code null}). */
    Match unit(String text, String organization) {
        if (register.unit(text).isPresent()) {
            return new Match(text, List.of(text));
        }
        return byName(register.header().units(), Unit::id, Unit::name, text, Unit::organization, organization);
    }

    /** The organization of a unit, or {@code null}. */
    String organizationOf(String unit) {
        return register.unit(unit).map(Unit::organization).orElse(null);
    }

    /** Processes of the register whose name is {@code text}. */
    List<String> processesNamed(String text) {
        return processesByName.getOrDefault(LooseText.key(text), List.of());
    }

    private static <T> Match byName(List<T> records, Function<T, String> id, Function<T, String> name, String text,
                                    Function<T, String> owner, String wantedOwner) {
        String key = LooseText.key(text);
        List<String> ids = new ArrayList<>();
        for (T record : records) {
            if (id.apply(record) == null || !LooseText.key(name.apply(record)).equals(key)) {
                continue;
            }
            if (owner != null && wantedOwner != null && !wantedOwner.equals(owner.apply(record))) {
                continue;
            }
            ids.add(id.apply(record));
        }
        return new Match(ids.size() == 1 ? ids.get(0) : null, List.copyOf(ids));
    }
}
