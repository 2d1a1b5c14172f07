package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tp completion bash|zsh}: the shell completion script, made by picocli from the commands
 * themselves, so it always knows the commands and options of this version. zsh runs the same
 * script through its bash compatibility ({@code bashcompinit}), which the script turns on itself.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", descriptionKey = "completion.shell")
    Shell shell;

    private final Env env;

    CompletionCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // The running command line holds only this command (see Commands): describe them all.
        picocli.CommandLine all = Tp.commandLine(env, new PrintWriter(new java.io.StringWriter()),
                new PrintWriter(new java.io.StringWriter()));
        String script = AutoComplete.bash(spec.root().name(), all);
        if (script.startsWith("#!")) {
            int endOfFirstLine = script.indexOf('\n') + 1;
            out.print(script.substring(0, endOfFirstLine));
            script = script.substring(endOfFirstLine);
        }
        if (shell == Shell.zsh) {
            out.println("# tp completion for zsh: picocli's bash completion script, which zsh runs through");
            out.println("# bashcompinit (the script loads compinit and bashcompinit itself when they are not loaded).");
            out.println("# Install: add   source <(tp completion zsh)   to ~/.zshrc");
        } else {
            out.println("# tp completion for bash. Install: add   source <(tp completion bash)   to ~/.bashrc");
        }
        out.print(script);
        out.flush();
        return ExitCode.OK;
    }
}
