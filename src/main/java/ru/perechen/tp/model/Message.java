package ru.perechen.tp.model;

import java.util.List;

/**
 * A message by id with its arguments, to be rendered in the reader's language later. Arguments
 * are strings, numbers or {@link Code}s (rendered with their label in the chosen language).
 * Tests compare ids and arguments, never prose.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
