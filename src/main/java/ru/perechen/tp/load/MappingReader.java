package ru.perechen.tp.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Origin;

/**
 * Reads the typed values of one mapping leniently, noting where each key was written: a value
 * that is missing or cannot be read comes back as {@code null} (the structure check has already
 * said why), so that a half-filled record is still checked for everything else.
 */
final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final Origin.Builder origin;

    MappingReader(String file, YamlNode.Mapping mapping) {
        this.mapping = mapping;
        this.origin = Origin.builder(file, mapping.line(), mapping.column());
    }

    Origin.Builder origin() {
        return origin;
    }

    /** The value node of a key, its position noted (the key's position when the value is empty). */
    YamlNode node(String key) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.key().text().equals(key)) {
                YamlNode value = entry.value();
                boolean empty = value instanceof YamlNode.Scalar scalar && scalar.isNull();
                YamlNode at = empty ? entry.key() : value;
                origin.put(key, at.line(), at.column());
                return empty ? null : value;
            }
        }
        return null;
    }

    String text(String key) {
        return text(node(key));
    }

    <E extends Enum<E> & Code> E code(String key, Class<E> vocabulary) {
        return code(node(key), vocabulary);
    }

    Boolean bool(String key) {
        YamlNode node = node(key);
        if (node instanceof YamlNode.Scalar scalar && scalar.plain()) {
            switch (scalar.text()) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                default:
                    return null;
            }
        }
        return null;
    }

    Integer whole(String key) {
        YamlNode node = node(key);
        if (node instanceof YamlNode.Scalar scalar && scalar.plain() && scalar.text().matches("[0-9]{1,9}")) {
            return Integer.valueOf(scalar.text());
        }
        return null;
    }

    /** The items of a list value, each item's position noted as {@code key[i]}; {@code null} when not a list. */
    List<YamlNode> list(String key) {
        YamlNode node = node(key);
        if (!(node instanceof YamlNode.Sequence sequence)) {
            return null;
        }
        List<YamlNode> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
            origin.put(IndexedKeys.of(key, i), items.get(i).line(), items.get(i).column());
        }
        return items;
    }

    YamlNode.Mapping mapping(String key) {
        return node(key) instanceof YamlNode.Mapping nested ? nested : null;
    }

    static String text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && !scalar.isNull() ? scalar.text() : null;
    }

    static <E extends Enum<E> & Code> E code(YamlNode node, Class<E> vocabulary) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        Optional<E> found = Codes.find(vocabulary, text);
        return found.orElse(null);
    }

    /** The readable codes of a list, in the order written; unknown ones are left out (the structure check names them). */
    static <E extends Enum<E> & Code> List<E> codes(List<YamlNode> items, Class<E> vocabulary) {
        if (items == null) {
            return new ArrayList<>();
        }
        List<E> codes = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            E code = code(item, vocabulary);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }
}
