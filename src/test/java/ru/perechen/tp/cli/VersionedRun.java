package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.publish.ApprovedVersions;
import ru.perechen.tp.publish.PublishListener;

/**
 * Runs the real command line in a folder, as a user would, with approved versions made in memory
 * (until tests can make real tagged repositories): arguments in, exit code and output out.
 */
final class VersionedRun {

    private final Path folder;
    private ApprovedVersions versions;
    private PublishListener listener = PublishListener.NONE;
    private Map<String, String> variables = Map.of();

    VersionedRun(Path folder) {
        this.folder = folder;
    }

    VersionedRun versions(ApprovedVersions newVersions) {
        this.versions = newVersions;
        return this;
    }

    /** The environment variables the command sees (none by default). */
    VersionedRun variables(Map<String, String> newVariables) {
        this.variables = Map.copyOf(newVariables);
        return this;
    }

    VersionedRun listener(PublishListener newListener) {
        this.listener = newListener;
        return this;
    }

    Result run(String... args) {
        Env env = new Env(folder, variables, false, Language.RUSSIAN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        CommandLine cli = Tp.commandLine(env, outWriter, errWriter);
        if (versions != null) {
            PublishCommand publish = cli.getSubcommands().get("publish").getCommand();
            publish.versions = root -> versions;
            publish.listener = listener;
            StatusCommand status = cli.getSubcommands().get("status").getCommand();
            status.versions = root -> versions;
        }
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return new Result(code, out.toString(), err.toString());
    }

    /** The text of a cli message as the user reads it. */
    static String text(String key, Object... args) {
        return Bundles.cli(Language.RUSSIAN).text(key, args);
    }

    record Result(int code, String out, String err) {
    }
}
