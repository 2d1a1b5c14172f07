package ru.perechen.tp.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each text that many records repeat (an organisation, a unit, a process id, the title
 * of a law every point cites, a standard note): a register of a hundred thousand points would
 * otherwise hold as many copies. Lives for one load; safe for the loader's parallel readers.
 */
public final class TextPool {

    /** No sharing: every text stays as read. */
    public static final TextPool NONE = new TextPool(null);

    private final Map<String, String> texts;

    private TextPool(Map<String, String> texts) {
        this.texts = texts;
    }

    public static TextPool create() {
        return new TextPool(new ConcurrentHashMap<>());
    }

    public String share(String text) {
        if (text == null || texts == null) {
            return text;
        }
        String shared = texts.putIfAbsent(text, text);
        return shared == null ? text : shared;
    }
}
