package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.validate.Ansi;

/**
 * Asks a person for values one question at a time: lists the allowed answers with their labels,
 * accepts a number from the list or the code itself, offers a default that Enter takes, and asks
 * again (saying why) when an answer does not fit. Questions go to the error stream, so that what
 * the command prints as its result stays clean for a pipe. The end of input ends the command.
 */
final class Prompter {

    /** An answer a person may give: what is stored and what it means to them. */
    record Choice(String code, String label) {
    }

    private final ConsoleInput input;
    private final PrintWriter out;
    private final Messages messages;
    private final Ansi ansi;

    Prompter(ConsoleInput input, PrintWriter out, Messages messages, Ansi ansi) {
        this.input = input;
        this.out = out;
        this.messages = messages;
        this.ansi = ansi;
    }

    /**
     * Free text. {@code check} returns why an answer does not fit (in words), or {@code null}; a blank answer
     * takes the default, or, with none, is {@code null} when {@code optional} and asked again otherwise.
     */
    String text(String question, String defaultValue, boolean optional, Function<String, String> check) {
        out.println(ansi.bold(question));
        while (true) {
            String answer = read(defaultValue, optional);
            if (answer.isEmpty()) {
                if (defaultValue != null) {
                    return defaultValue;
                }
                if (optional) {
                    return null;
                }
                complain(Message.of("prompt.required"));
                continue;
            }
            String problem = check == null ? null : check.apply(answer);
            if (problem == null) {
                return answer;
            }
            complain(problem);
        }
    }

    /** One of the choices, by its number or code; the default (may be {@code null}) on Enter; {@code null} when {@code optional}. */
    String one(String question, List<Choice> choices, String defaultCode, boolean optional) {
        list(question, choices);
        while (true) {
            String answer = read(defaultCode, optional);
            if (answer.isEmpty()) {
                if (defaultCode != null) {
                    return defaultCode;
                }
                if (optional) {
                    return null;
                }
                complain(Message.of("prompt.required"));
                continue;
            }
            String code = find(answer, choices);
            if (code != null) {
                return code;
            }
            complain(Message.of("prompt.not-understood", answer));
        }
    }

    /** Several choices, separated by commas or spaces; none on Enter when {@code optional}. */
    List<String> several(String question, List<Choice> choices, boolean optional) {
        list(question, choices);
        out.println(ansi.dim(messages.text("prompt.several")));
        while (true) {
            String answer = read(null, optional);
            if (answer.isEmpty()) {
                if (optional) {
                    return List.of();
                }
                complain(Message.of("prompt.required"));
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            String wrong = null;
            for (String part : answer.split("[,;\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String code = find(part, choices);
                if (code == null) {
                    wrong = part;
                    break;
                }
                codes.add(code);
            }
            if (wrong == null && !codes.isEmpty()) {
                return List.copyOf(codes);
            }
            complain(Message.of("prompt.not-understood", wrong == null ? answer : wrong));
        }
    }

    boolean yesNo(String question, boolean defaultValue) {
        List<Choice> choices = List.of(new Choice("yes", messages.text("prompt.yes")),
                new Choice("no", messages.text("prompt.no")));
        String answer = one(question, choices, defaultValue ? "yes" : "no", false);
        return "yes".equals(answer);
    }

    void say(String text) {
        out.println(text);
        out.flush();
    }

    private void list(String question, List<Choice> choices) {
        out.println(ansi.bold(question));
        int width = String.valueOf(choices.size()).length();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String number = String.format(Locale.ROOT, "%" + width + "d", i + 1);
            out.println("  " + number + ") " + TerminalText.safe(choice.code())
                    + (choice.label() == null || choice.label().isBlank() ? ""
                    : ansi.dim(" — " + TerminalText.safe(choice.label()))));
        }
    }

    private String read(String defaultValue, boolean optional) {
        String hint = defaultValue != null ? messages.text("prompt.default", TerminalText.safe(defaultValue))
                : optional ? messages.text("prompt.skip") : "";
        out.print("> " + (hint.isEmpty() ? "" : ansi.dim(hint) + " "));
        out.flush();
        String line;
        try {
            line = input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            out.println();
            throw TpException.usage("prompt.input-ended");
        }
        return line.strip();
    }

    private void complain(Message problem) {
        complain(messages.text(problem));
    }

    private void complain(String problem) {
        out.println(ansi.yellow("  " + TerminalText.safe(problem)));
    }

    private static String find(String answer, List<Choice> choices) {
        if (answer.chars().allMatch(Character::isDigit) && answer.length() <= 6) {
            int number = Integer.parseInt(answer);
            return number >= 1 && number <= choices.size() ? choices.get(number - 1).code() : null;
        }
        for (Choice choice : choices) {
            if (choice.code().equalsIgnoreCase(answer)) {
                return choice.code();
            }
        }
        return null;
    }

    /** One code of a vocabulary of the Order, offered with its labels; {@code null} when skipped. */
    <E extends Enum<E> & Code> E code(String question, List<E> allowed, E defaultValue, boolean optional) {
        String answer = one(question, choices(allowed), defaultValue == null ? null : defaultValue.code(), optional);
        return answer == null ? null : Codes.find(allowed.get(0).getDeclaringClass(), answer).orElseThrow();
    }

    /** Several codes of a vocabulary of the Order; none when {@code optional} and skipped. */
    <E extends Enum<E> & Code> List<E> codes(String question, List<E> allowed, boolean optional) {
        Class<E> vocabulary = allowed.get(0).getDeclaringClass();
        return several(question, choices(allowed), optional).stream()
                .map(answer -> Codes.find(vocabulary, answer).orElseThrow()).toList();
    }

    private <E extends Enum<E> & Code> List<Choice> choices(List<E> codes) {
        List<Choice> choices = new ArrayList<>(codes.size());
        codes.forEach(code -> choices.add(new Choice(code.code(), code.label(messages.locale()))));
        return choices;
    }
}
