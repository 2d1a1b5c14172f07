package ru.perechen.tp.history;

import ru.perechen.tp.model.Message;

/**
 * The repository cannot give what a command needs: not a repository, no commits, an unknown
 * revision, missing objects, tags that were not fetched, a tag under {@code approved/} that is not
 * an approval. The message (by id, in the {@code cli} bundle) says what to do about it.
 */
public final class RepositoryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message userMessage;

    public RepositoryException(Message userMessage) {
        super(userMessage.key() + " " + userMessage.args());
        this.userMessage = userMessage;
    }

    public RepositoryException(Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    static RepositoryException of(String key, Object... args) {
        return new RepositoryException(Message.of(key, args));
    }

    public Message userMessage() {
        return userMessage;
    }
}
