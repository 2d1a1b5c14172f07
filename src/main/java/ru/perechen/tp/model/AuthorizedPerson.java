package ru.perechen.tp.model;

/** Clause 4.3: the person appointed to keep the register and check its completeness. */
public record AuthorizedPerson(String name, String position, String unit, Origin origin) {
}
