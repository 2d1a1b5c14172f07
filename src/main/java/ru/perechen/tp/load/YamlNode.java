package ru.perechen.tp.load;

import java.util.List;

/**
 * A YAML node as written, with its 1-based position. Built by {@link SafeYamlParser} from parser
 * events rather than by a YAML library's object constructor, so that nothing is ever instantiated
 * from a tag and every scalar keeps the exact text the person wrote ({@code NO}, {@code 0755} and
 * {@code 1.10} stay text; only the format decides what a value means).
 */
public sealed interface YamlNode {

    int line();

    int column();

    /** A scalar and whether it was written plain (unquoted), which decides whether it may be null or a boolean. */
    record Scalar(String text, boolean plain, int line, int column) implements YamlNode {

        /** An empty plain scalar, {@code ~} or {@code null}: YAML's null, which the format reads as "not given". */
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }
    }

    /** A mapping, its entries in the order written; keys are unique (duplicates are refused while parsing). */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {

        public YamlNode get(String key) {
            for (Entry entry : entries) {
                if (entry.key().text().equals(key)) {
                    return entry.value();
                }
            }
            return null;
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    }
}
