package ru.perechen.tp.cli;

import java.nio.file.Path;

import ru.perechen.tp.publish.ApprovedVersions;

/**
 * Opens the approved versions of the register in a folder. Commands hold one as a field, so that
 * tests can give them versions made in memory (to fail a publication at a chosen step, or to try
 * many dates quickly) while running the real command line; by default they are the Git tags.
 */
@FunctionalInterface
interface ApprovedVersionsOpener {

    ApprovedVersions open(Path registerRoot);

    /**
     * The annotated tags {@code approved/<date>} of the repository that holds the register folder.
     * A lambda rather than a method reference, so that JGit is loaded only when a command uses it.
     */
    ApprovedVersionsOpener GIT = root -> GitApprovedVersions.open(root);
}
