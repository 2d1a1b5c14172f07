package ru.perechen.tp.cli;

/** The exit codes of every tp command, listed in {@code --help}. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** The register has errors (or warnings under {@code --strict}); a deadline is overdue. */
    public static final int FINDINGS = 1;
    /** A usage error, or a register or repository that cannot be read. */
    public static final int USAGE = 2;
    /** A defect in tp itself; {@code --debug} shows the details. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
