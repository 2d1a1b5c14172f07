package ru.perechen.tp.draft;

import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;

/** A new process of the registry (4.1) as its author described it; the basis may be left for a person to fill in. */
public record ProcessDraft(String id, String name, ClientType client, ProcessCategory category, ProcessScope scope,
                           String unit, BasisDraft basis) {
}
