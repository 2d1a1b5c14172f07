package ru.perechen.tp.spreadsheet;

import ru.perechen.tp.model.Message;

/**
 * An import that cannot begin: the spreadsheet or the mapping file cannot be read, is refused as
 * hostile, or holds no table tp can recognise. The message is by id from the cli bundle; no file of
 * the register has been touched.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message userMessage;

    ImportException(String key, Object... args) {
        super(key);
        this.userMessage = Message.of(key, args);
    }

    ImportException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.userMessage = Message.of(key, args);
    }

    public Message userMessage() {
        return userMessage;
    }
}
