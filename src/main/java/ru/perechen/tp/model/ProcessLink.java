package ru.perechen.tp.model;

import java.util.List;

/**
 * A point's link to a process it serves, with the client needs met there (4.9, 4.11: one link
 * per process, several needs in it). {@code other} describes the need {@code other}.
 * Needs are kept as written, duplicates included, so that the {@code needs} rule can see them;
 * their positions are {@code needs[0]}, {@code needs[1]}, … in the origin.
 */
public record ProcessLink(String process, List<Need> needs, String other, Origin origin) {
}
