package ru.perechen.tp.publish;

import java.util.List;

/**
 * A publication that must not go on, with the reason and the values the user needs to see; the
 * command line turns the reason into a message in the user's language.
 */
public final class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a publication was refused. */
    public enum Reason {
        /** Another publication holds the folder's lock. Args: the folder, who holds it (may be empty). */
        LOCKED,
        /** The version is already published with other files. Args: the folder, the tool that wrote them. */
        PUBLISHED_DIFFERENTLY,
        /** A name would lead out of the publication folder. Args: the name. */
        UNSAFE_NAME,
        /** The target exists and is not a folder. Args: the path. */
        NOT_A_FOLDER
    }

    private final Reason reason;
    private final transient List<Object> args;

    public PublishException(Reason reason, Object... args) {
        super(reason + " " + List.of(args));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}
