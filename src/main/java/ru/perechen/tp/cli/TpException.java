package ru.perechen.tp.cli;

import ru.perechen.tp.model.Message;

/**
 * A command that cannot go on: the user gets one clear message (by id, from the cli bundle, in
 * their language) and the exit code; never a stack trace unless {@code --debug} is given.
 */
public final class TpException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final transient Message userMessage;

    public TpException(int exitCode, Message userMessage) {
        super(userMessage.key() + " " + userMessage.args());
        this.exitCode = exitCode;
        this.userMessage = userMessage;
    }

    public TpException(int exitCode, Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.exitCode = exitCode;
        this.userMessage = userMessage;
    }

    public static TpException usage(String key, Object... args) {
        return new TpException(ExitCode.USAGE, Message.of(key, args));
    }

    public int exitCode() {
        return exitCode;
    }

    public Message userMessage() {
        return userMessage;
    }
}
