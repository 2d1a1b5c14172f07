package ru.perechen.tp.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Looks codes up by their text, with one index per vocabulary built once. */
public final class Codes {

    private static final Map<Class<?>, Map<String, ? extends Code>> INDEX = new ConcurrentHashMap<>();

    private Codes() {
    }

    /** The constant whose code is exactly {@code text}, if any. */
    public static <E extends Enum<E> & Code> Optional<E> find(Class<E> vocabulary, String text) {
        return Optional.ofNullable(index(vocabulary).get(text));
    }

    /** All codes of a vocabulary in the Order's own order. */
    public static <E extends Enum<E> & Code> List<String> all(Class<E> vocabulary) {
        return List.copyOf(index(vocabulary).keySet());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E> & Code> Map<String, E> index(Class<E> vocabulary) {
        return (Map<String, E>) INDEX.computeIfAbsent(vocabulary, type -> {
            Map<String, E> byCode = new LinkedHashMap<>();
            Arrays.stream(vocabulary.getEnumConstants()).forEach(c -> byCode.put(c.code(), c));
            return Collections.unmodifiableMap(byCode);
        });
    }
}
