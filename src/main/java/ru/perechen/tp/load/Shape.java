package ru.perechen.tp.load;

import java.util.List;
import java.util.regex.Pattern;

import ru.perechen.tp.model.Code;

/**
 * What a value of the register format may look like. {@link RecordFormat} describes each file of
 * the format with these; the structure check, the readers and the test that compares the JSON
 * Schemas of {@code schema/} with the Java model all use the same description.
 */
public sealed interface Shape {

    /** Text, optionally matching a pattern (the pattern's meaning is said by {@code patternHint}). */
    record Text(Pattern pattern, String patternHint) implements Shape {
        public static Text any() {
            return new Text(null, null);
        }
    }

    /** One code of a vocabulary. */
    record CodeOf(Class<? extends Code> vocabulary) implements Shape {
    }

    /** {@code true} or {@code false}, unquoted. */
    record Bool() implements Shape {
    }

    /** A whole number, unquoted. */
    record Whole() implements Shape {
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    record Date() implements Shape {
    }

    /** A list; {@code nonEmpty} makes an empty list a {@code schema} finding. */
    record ListOf(Shape item, boolean nonEmpty) implements Shape {
    }

    /** A mapping with a fixed set of keys. */
    record Fields(List<Field> fields) implements Shape {

        public Field field(String name) {
            for (Field field : fields) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
            return null;
        }
    }

    /** A mapping whose keys are codes of one vocabulary and whose values are codes of another. */
    record CodeMap(Class<? extends Code> keys, Class<? extends Code> values) implements Shape {
    }

    /** A mapping from free text keys to text values, checked elsewhere (the rule settings). */
    record TextMap() implements Shape {
    }

    /**
     * A key of a mapping.
     *
     * @param missingRule the rule that reports the field missing: {@code schema} for plain required
     *                    fields, another rule's id where that rule covers it, {@code null} when optional
     */
    record Field(String name, Shape shape, String missingRule) {

        public boolean required() {
            return missingRule != null;
        }
    }
}
