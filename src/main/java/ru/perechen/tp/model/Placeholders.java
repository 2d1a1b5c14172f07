package ru.perechen.tp.model;

import java.util.List;

/**
 * The marks a person leaves where only a person can fill in a value: {@code tp new} writes them
 * for the basis and the requirement assessments it cannot know. A mark is not a value: the
 * {@code unfinished} rule reports it, other rules leave it alone, and an approval refuses it.
 */
public final class Placeholders {

    /** The marks, in Russian and English: «заполните» a text or code, «оцените» an assessment. */
    public static final List<String> MARKS = List.of("ЗАПОЛНИТЕ", "ОЦЕНИТЕ", "FILL-IN", "ASSESS");

    public static final String FILL_IN = "ЗАПОЛНИТЕ";
    public static final String ASSESS = "ОЦЕНИТЕ";

    private Placeholders() {
    }

    public static boolean is(String text) {
        return text != null && MARKS.contains(text.strip());
    }
}
