package ru.perechen.tp.model;

import java.util.List;

/**
 * A structural unit (clause 4.5): it prepares the data for the points and processes it runs and
 * reports their changes (6.4). {@code reviewers} are the people who review its files' changes.
 */
public record Unit(String id, String name, String organization, List<String> reviewers, Origin origin) {
}
