package ru.perechen.tp.validate;

/** Terminal colours, or none: colour only on a terminal and never when {@code NO_COLOR} is set. */
public final class Ansi {

    public static final Ansi OFF = new Ansi(false);
    public static final Ansi ON = new Ansi(true);

    private final boolean enabled;

    private Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String yellow(String text) {
        return wrap("33", text);
    }

    public String green(String text) {
        return wrap("32", text);
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
