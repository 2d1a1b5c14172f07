package ru.perechen.tp.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The position keys of list items ({@code needs[0]}, {@code basis[1]}), made once and shared: every
 * record of a large register has several, and each would otherwise be a string of its own.
 */
final class IndexedKeys {

    private static final int SHARED = 64;
    private static final Map<String, String[]> KEYS = new ConcurrentHashMap<>();

    private IndexedKeys() {
    }

    static String of(String key, int index) {
        if (index >= SHARED) {
            return key + "[" + index + "]";
        }
        return KEYS.computeIfAbsent(key, base -> {
            String[] keys = new String[SHARED];
            for (int i = 0; i < SHARED; i++) {
                keys[i] = base + "[" + i + "]";
            }
            return keys;
        })[index];
    }
}
