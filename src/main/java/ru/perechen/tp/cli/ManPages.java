package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import ru.perechen.tp.files.AtomicFile;
import ru.perechen.tp.i18n.Language;
import ru.perechen.tp.i18n.Messages;

/**
 * Manual pages (roff, section 1) of tp and each of its commands, written at build time from the
 * same help texts as {@code --help}, so the two cannot drift: Russian into {@code man1/}, English
 * into {@code en/man1/} (where {@code man} looks when the reader's language is English). The date
 * is left out, so the same sources give the same pages.
 *
 * <p>Written here rather than with picocli-codegen's {@code ManPageGenerator}, which produces
 * AsciiDoc that only Asciidoctor (JRuby, tens of megabytes and seconds per build) turns into man
 * pages, and which would not see the help texts tp keeps in its resource bundle.
 */
public final class ManPages {

    private ManPages() {
    }

    /**
     * {@code java ru.perechen.tp.cli.ManPages OUTPUT_FOLDER [VERSION]}; Maven runs it in the package
     * phase with the project's version (classes on their own carry none).
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/man");
        String version = args.length > 1 ? args[1] : VersionProvider.version();
        write(folder.resolve("man1"), Language.RUSSIAN, version);
        write(folder.resolve("en").resolve("man1"), Language.ENGLISH, version);
    }

    static void write(Path folder, Locale language, String version) throws IOException {
        for (Map.Entry<String, String> page : pages(language, version).entrySet()) {
            AtomicFile.write(folder.resolve(page.getKey()), page.getValue());
        }
    }

    /** The pages by file name ({@code tp.1}, {@code tp-validate.1}, {@code tp-hooks-install.1}), in command order. */
    static Map<String, String> pages(Locale language, String version) {
        Env env = new Env(Path.of("").toAbsolutePath(), Map.of(), false, language);
        CommandLine root = Tp.commandLine(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Messages messages = Bundles.cli(language);
        Map<String, String> pages = new LinkedHashMap<>();
        collect(root, messages, version, pages);
        return pages;
    }

    private static void collect(CommandLine command, Messages messages, String version, Map<String, String> pages) {
        CommandSpec spec = command.getCommandSpec();
        pages.put(pageName(spec) + ".1", page(spec, messages, version));
        for (CommandLine sub : visibleSubcommands(spec)) {
            collect(sub, messages, version, pages);
        }
    }

    private static List<CommandLine> visibleSubcommands(CommandSpec spec) {
        List<CommandLine> subs = new ArrayList<>();
        for (Map.Entry<String, CommandLine> entry : spec.subcommands().entrySet()) {
            CommandSpec sub = entry.getValue().getCommandSpec();
            boolean alias = !entry.getKey().equals(sub.name());
            if (!alias && !sub.usageMessage().hidden() && !(sub.userObject() instanceof CommandLine.HelpCommand)) {
                subs.add(entry.getValue());
            }
        }
        return subs;
    }

    private static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    private static String page(CommandSpec spec, Messages messages, String version) {
        CommandLine.Help help = new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        String[] description = spec.usageMessage().description();
        StringBuilder out = new StringBuilder();
        String name = pageName(spec);
        out.append(".\\\" ").append(messages.text("man.generated")).append('\n');
        out.append(".TH \"").append(name.toUpperCase(Locale.ROOT)).append("\" \"1\" \"\" \"tp ")
                .append(version).append("\" \"tp\"\n");
        out.append(".SH ").append(messages.text("man.name")).append('\n');
        out.append(escape(name)).append(" \\- ").append(escape(description.length > 0 ? description[0] : ""))
                .append('\n');
        out.append(".SH ").append(messages.text("man.synopsis")).append("\n.nf\n");
        for (String line : help.synopsis(0).stripTrailing().split("\n")) {
            out.append(escapeCode(line)).append('\n');
        }
        out.append(".fi\n");
        if (description.length > 0) {
            out.append(".SH ").append(messages.text("man.description")).append('\n');
            for (String paragraph : description) {
                out.append(".PP\n").append(escape(paragraph)).append('\n');
            }
        }
        List<PositionalParamSpec> parameters = spec.positionalParameters().stream()
                .filter(p -> !p.hidden()).toList();
        if (!parameters.isEmpty()) {
            out.append(".SH ").append(messages.text("man.parameters")).append('\n');
            for (PositionalParamSpec parameter : parameters) {
                out.append(".TP\n\\fI").append(escapeCode(parameter.paramLabel())).append("\\fR\n")
                        .append(escape(describe(parameter.description(), parameter.completionCandidates())))
                        .append('\n');
            }
        }
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!options.isEmpty()) {
            out.append(".SH ").append(messages.text("man.options")).append('\n');
            for (OptionSpec option : options) {
                out.append(".TP\n").append(optionNames(option)).append('\n')
                        .append(escape(describe(option.description(), option.completionCandidates())))
                        .append('\n');
            }
        }
        List<CommandLine> subcommands = visibleSubcommands(spec);
        if (!subcommands.isEmpty()) {
            out.append(".SH ").append(messages.text("man.commands")).append('\n');
            for (CommandLine sub : subcommands) {
                String[] subDescription = sub.getCommandSpec().usageMessage().description();
                out.append(".TP\n\\fB").append(escapeCode(sub.getCommandSpec().name())).append("\\fR\n")
                        .append(escape(subDescription.length > 0 ? subDescription[0] : "")).append('\n');
            }
        }
        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            out.append(".SH ").append(messages.text("man.exit-status")).append('\n');
            for (Map.Entry<String, String> code : exitCodes.entrySet()) {
                out.append(".TP\n").append(escape(code.getKey().strip())).append('\n')
                        .append(escape(code.getValue())).append('\n');
            }
        }
        List<String> seeAlso = new ArrayList<>();
        if (spec.parent() != null) {
            seeAlso.add(pageName(spec.parent()));
        }
        subcommands.forEach(sub -> seeAlso.add(pageName(sub.getCommandSpec())));
        if (!seeAlso.isEmpty()) {
            out.append(".SH ").append(messages.text("man.see-also")).append('\n');
            out.append(String.join(",\n", seeAlso.stream().map(page -> "\\fB" + escapeCode(page) + "\\fR(1)").toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String optionNames(OptionSpec option) {
        List<String> names = new ArrayList<>();
        for (String name : option.names()) {
            String shown = "\\fB" + escapeCode(name) + "\\fR";
            if (option.arity().max() > 0) {
                shown += "=\\fI" + escapeCode(option.paramLabel()) + "\\fR";
            }
            names.add(shown);
        }
        return String.join(", ", names);
    }

    /** The description's lines as one paragraph, with picocli's list of allowed values filled in. */
    private static String describe(String[] lines, Iterable<String> candidates) {
        String text = String.join(" ", lines);
        if (text.contains("${COMPLETION-CANDIDATES}") && candidates != null) {
            text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates));
        }
        return text;
    }

    /** Prose for roff: backslashes written as {@code \e}; a line may not start with a control character. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                out.append("\\&");
            }
            out.append(line);
        }
        return out.toString();
    }

    /** Command-line text for roff: as prose, and hyphens as {@code \-} so they copy as typed. */
    static String escapeCode(String text) {
        return escape(text).replace("-", "\\-");
    }
}
