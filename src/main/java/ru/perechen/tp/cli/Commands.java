package ru.perechen.tp.cli;

import java.util.List;

/**
 * The subcommands of tp, in the order {@code tp --help} lists them. A command's class is named
 * in a switch rather than in an annotation, so that running one command loads only that
 * command's classes: picocli otherwise builds (and the JVM loads) every command and the
 * libraries they hold, which costs most of tp's start-up time.
 */
final class Commands {

    static final List<String> NAMES = List.of("validate", "ci", "approve", "versions", "diff", "history", "publish",
            "status", "verify", "report", "new", "import", "qr", "codeowners", "init", "hooks", "completion", "help");

    private Commands() {
    }

    /** The class of a command, or {@code null} for a name that is not a command. */
    static Class<?> type(String name) {
        switch (name) {
            case "validate":
                return ValidateCommand.class;
            case "ci":
                return CiCommand.class;
            case "approve":
                return ApproveCommand.class;
            case "versions":
                return VersionsCommand.class;
            case "diff":
                return DiffCommand.class;
            case "history":
                return HistoryCommand.class;
            case "publish":
                return PublishCommand.class;
            case "status":
                return StatusCommand.class;
            case "verify":
                return VerifyCommand.class;
            case "report":
                return ReportCommand.class;
            case "new":
                return NewCommand.class;
            case "import":
                return ImportCommand.class;
            case "qr":
                return QrCommand.class;
            case "codeowners":
                return CodeownersCommand.class;
            case "init":
                return InitCommand.class;
            case "hooks":
                return HooksCommand.class;
            case "completion":
                return CompletionCommand.class;
            case "help":
                return picocli.CommandLine.HelpCommand.class;
            default:
                return null;
        }
    }

    /**
     * The commands a command line needs: the one the arguments run; none for {@code --version};
     * all when there is no command (usage), for {@code help} (it lists or describes others) and
     * for an unknown word (picocli suggests the closest command).
     */
    static List<String> needed(String[] args) {
        boolean help = args.length == 0;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            }
            if (arg.startsWith("-")) {
                continue;
            }
            return type(arg) != null && !arg.equals("help") ? List.of(arg) : NAMES;
        }
        return help ? NAMES : List.of();
    }
}
