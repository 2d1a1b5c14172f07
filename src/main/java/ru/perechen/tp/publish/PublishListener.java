package ru.perechen.tp.publish;

import java.io.IOException;

/** Hears the steps of a publication as they complete; see {@link PublishStep}. */
@FunctionalInterface
public interface PublishListener {

    /** Listens to nothing. */
    PublishListener NONE = (step, detail) -> { };

    /**
     * Called after {@code step}; an exception thrown here fails the publication at that point.
     *
     * @param detail the file name for {@link PublishStep#FILE_WRITTEN}, else the folder name
     */
    void reached(PublishStep step, String detail) throws IOException;
}
