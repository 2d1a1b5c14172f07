package ru.perechen.tp.publish;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Texts made of values that repeat across a register (the labels of a list of needs, the lines of
 * a point's assessments): made once per distinct value, not once per record. Holds at most
 * {@link #LIMIT} values, so that a register where every value differs costs no more memory than
 * making them each time; the keys are values the register holds anyway.
 */
final class TextCache<K> {

    static final int LIMIT = 4096;

    private final Map<K, String> texts = new HashMap<>();
    private final Function<K, String> make;

    TextCache(Function<K, String> make) {
        this.make = make;
    }

    String get(K key) {
        String text = texts.get(key);
        if (text == null) {
            text = make.apply(key);
            if (texts.size() < LIMIT) {
                texts.put(key, text);
            }
        }
        return text;
    }
}
