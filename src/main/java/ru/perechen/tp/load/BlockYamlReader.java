package ru.perechen.tp.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the plain block-style YAML that register files are written in (nested {@code key: value}
 * mappings, {@code - item} lists, one-line {@code [a, b]} lists, plain or simply quoted one-line
 * values, comments) straight into a {@link YamlNode} tree, several times faster than the general
 * parser's tokens and events; parsing is most of what {@code tp validate} spends its time on.
 *
 * <p>It answers only when it is sure: the moment the text uses anything else (flow mappings, block
 * or multi-line scalars, escapes, anchors, aliases, tags, document markers, tabs, a repeated key,
 * odd indentation, characters outside the Basic Multilingual Plane…) it returns {@code null}, and
 * {@link SafeYamlParser} parses the file in full, with all its checks and messages. Where both
 * answer, they give the same tree, positions included; a test compares them on every file the
 * project has and on generated ones.
 */
final class BlockYamlReader {

    /** The text as an array: indexing it is much cheaper than {@code String.charAt} on Cyrillic text. */
    private final char[] text;
    private final List<Line> lines = new ArrayList<>();
    private int current;

    private BlockYamlReader(String text) {
        this.text = text.toCharArray();
    }

    /** The tree of the text, or {@code null} when the text is not in the subset this reader knows. */
    static YamlNode read(String text) {
        try {
            return new BlockYamlReader(text).document();
        } catch (OutsideSubset e) {
            return null;
        }
    }

    private YamlNode document() {
        split();
        if (lines.isEmpty() || lines.get(0).indent != 0 || lines.get(0).isSequenceItem()) {
            throw OutsideSubset.INSTANCE;
        }
        YamlNode root = mapping(0, 1);
        if (current < lines.size()) {
            throw OutsideSubset.INSTANCE;
        }
        return root;
    }

    /** The lines that carry content, with their indentation; blank and comment lines are dropped. */
    private void split() {
        int start = 0;
        int number = 1;
        int length = text.length;
        while (start <= length) {
            int end = indexOf('\n', start, length);
            if (end < 0) {
                end = length;
            }
            int stop = end > start && at(end - 1) == '\r' ? end - 1 : end;
            int indent = start;
            while (indent < stop && at(indent) == ' ') {
                indent++;
            }
            for (int i = start; i < stop; i++) {
                char c = at(i);
                if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c == '\uFEFF' || c == '\uFFFE'
                        || c == '\uFFFF' || c == '\u2028' || c == '\u2029') {
                    // tabs, control characters, line separators YAML readers disagree on: the full parser decides
                    throw OutsideSubset.INSTANCE;
                }
            }
            if (indent < stop && at(indent) != '#') {
                if (indent == start && (startsWith("---", start) || startsWith("...", start)
                        || at(start) == '%')) {
                    throw OutsideSubset.INSTANCE;
                }
                lines.add(line(number, start, indent, stop));
            }
            if (end == length) {
                break;
            }
            start = end + 1;
            number++;
        }
    }

    /** A block mapping whose keys stand at {@code indent}; {@code depth} counts the collections open. */
    private YamlNode.Mapping mapping(int indent, int depth) {
        checkDepth(depth);
        Line first = lines.get(current);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (current < lines.size()) {
            Line line = lines.get(current);
            if (line.indent < indent) {
                break;
            }
            if (line.indent > indent || line.isSequenceItem()) {
                throw OutsideSubset.INSTANCE;
            }
            int colon = keyEnd(line);
            String key = slice(line.content, colon);
            if (!keys.add(key)) {
                throw OutsideSubset.INSTANCE;
            }
            YamlNode.Scalar keyNode = new YamlNode.Scalar(key, true, line.number, line.column(line.content));
            current++;
            entries.add(new YamlNode.Entry(keyNode, valueAfter(line, colon, indent, depth)));
        }
        return new YamlNode.Mapping(List.copyOf(entries), first.number, first.column(first.content));
    }

    /** A block sequence whose dashes stand at {@code indent}. */
    private YamlNode.Sequence sequence(int indent, int depth) {
        checkDepth(depth);
        Line first = lines.get(current);
        List<YamlNode> items = new ArrayList<>();
        while (current < lines.size()) {
            Line line = lines.get(current);
            if (line.indent < indent) {
                break;
            }
            if (line.indent > indent || !line.isSequenceItem()) {
                throw OutsideSubset.INSTANCE;
            }
            int itemStart = line.content + 1;
            while (itemStart < line.end && at(itemStart) == ' ') {
                itemStart++;
            }
            if (itemStart >= line.end || at(itemStart) == '#') {
                // "-" alone: the item is the block below it, or empty
                current++;
                items.add(blockOrEmpty(line, line.content + 1, indent, depth, false));
                continue;
            }
            int itemIndent = itemStart - line.start;
            if (startsMappingEntry(itemStart, line.end)) {
                // "- key: value": a mapping whose keys stand where this key stands
                lines.set(current, new Line(line.number, line.start, itemIndent, itemStart, line.end, false));
                items.add(mapping(itemIndent, depth + 1));
                continue;
            }
            current++;
            items.add(inlineValue(line, itemStart, indent, depth));
        }
        return new YamlNode.Sequence(List.copyOf(items), first.number, first.column(first.content));
    }

    /** The value of a key whose colon is at {@code colon}: on the same line, or the block below. */
    private YamlNode valueAfter(Line line, int colon, int indent, int depth) {
        int valueStart = colon + 1;
        while (valueStart < line.end && at(valueStart) == ' ') {
            valueStart++;
        }
        if (valueStart >= line.end || at(valueStart) == '#') {
            return blockOrEmpty(line, colon + 1, indent, depth, true);
        }
        return inlineValue(line, valueStart, indent, depth);
    }

    /** After a bare {@code key:} or {@code -}: a nested block, a list at the key's own indent, or an empty value. */
    private YamlNode blockOrEmpty(Line line, int emptyAt, int indent, int depth, boolean afterKey) {
        if (current < lines.size()) {
            Line next = lines.get(current);
            if (next.indent > indent) {
                return next.isSequenceItem() ? sequence(next.indent, depth + 1) : mapping(next.indent, depth + 1);
            }
            if (afterKey && next.indent == indent && next.isSequenceItem()) {
                // "key:" followed by "- item" at the key's own indentation: YAML's compact list
                return sequence(indent, depth + 1);
            }
        }
        return new YamlNode.Scalar("", true, line.number, line.column(emptyAt));
    }

    /** A value written on its line: a one-line list, a quoted or a plain scalar. Nothing may follow on the next lines. */
    private YamlNode inlineValue(Line line, int start, int indent, int depth) {
        if (current < lines.size() && lines.get(current).indent > indent) {
            throw OutsideSubset.INSTANCE;  // a continued (multi-line) scalar or a misplaced block
        }
        char first = at(start);
        if (first == '[') {
            return flowSequence(line, start, depth);
        }
        if (first == '"' || first == '\'') {
            return quoted(line, start, first);
        }
        if ("{}]&*!|>%@`?,#".indexOf(first) >= 0 || (first == '-' || first == ':')
                && (start + 1 >= line.end || at(start + 1) == ' ')) {
            throw OutsideSubset.INSTANCE;
        }
        int end = plainEnd(start, line.end);
        return new YamlNode.Scalar(slice(start, end), true, line.number, line.column(start));
    }

    /** Where a plain scalar ends: before a comment or trailing spaces; a mapping indicator inside is refused. */
    private int plainEnd(int start, int lineEnd) {
        int end = lineEnd;
        for (int i = start; i < lineEnd; i++) {
            char c = at(i);
            if (c == '#' && at(i - 1) == ' ') {
                end = i;
                break;
            }
            if (c == ':' && (i + 1 == lineEnd || at(i + 1) == ' ')) {
                throw OutsideSubset.INSTANCE;
            }
        }
        while (end > start && at(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** A one-line quoted scalar without escapes; only spaces or a comment may follow it. */
    private YamlNode.Scalar quoted(Line line, int start, char quote) {
        int close = indexOf(quote, start + 1, line.end);
        if (close < 0) {
            throw OutsideSubset.INSTANCE;
        }
        String value = slice(start + 1, close);
        if (quote == '"' && indexOf('\\', start + 1, close) >= 0
                || quote == '\'' && close + 1 < line.end && at(close + 1) == '\'') {
            throw OutsideSubset.INSTANCE;  // escapes: the full parser knows them all
        }
        requireOnlyComment(close + 1, line.end);
        return new YamlNode.Scalar(value, false, line.number, line.column(start));
    }

    /** A one-line list of plain scalars: {@code [a, b, c]}. */
    private YamlNode.Sequence flowSequence(Line line, int start, int depth) {
        checkDepth(depth + 1);
        int close = indexOf(']', start, line.end);
        if (close < 0) {
            throw OutsideSubset.INSTANCE;
        }
        requireOnlyComment(close + 1, line.end);
        List<YamlNode> items = new ArrayList<>();
        int itemStart = start + 1;
        while (true) {
            while (itemStart < close && at(itemStart) == ' ') {
                itemStart++;
            }
            int comma = indexOf(',', itemStart, close);
            int itemEnd = comma < 0 ? close : comma;
            int trimmed = itemEnd;
            while (trimmed > itemStart && at(trimmed - 1) == ' ') {
                trimmed--;
            }
            if (trimmed == itemStart) {
                if (items.isEmpty() && itemEnd == close) {
                    break;  // []
                }
                throw OutsideSubset.INSTANCE;  // [a, , b] or a trailing comma
            }
            for (int i = itemStart; i < trimmed; i++) {
                if ("[]{}\"'#&*!|>%@`?:".indexOf(at(i)) >= 0 || i == itemStart && at(i) == '-') {
                    throw OutsideSubset.INSTANCE;
                }
            }
            items.add(new YamlNode.Scalar(slice(itemStart, trimmed), true, line.number, line.column(itemStart)));
            if (itemEnd == close) {
                break;
            }
            itemStart = itemEnd + 1;
        }
        return new YamlNode.Sequence(List.copyOf(items), line.number, line.column(start));
    }

    private void requireOnlyComment(int from, int lineEnd) {
        int i = from;
        while (i < lineEnd && at(i) == ' ') {
            i++;
        }
        if (i < lineEnd && (at(i) != '#' || i == from)) {
            throw OutsideSubset.INSTANCE;
        }
    }

    /** The position of the colon after a simple key at the start of the line's content. */
    private int keyEnd(Line line) {
        int i = line.content;
        while (i < line.end && isKeyChar(at(i))) {
            i++;
        }
        if (i == line.content || i >= line.end || at(i) != ':'
                || (i + 1 < line.end && at(i + 1) != ' ')) {
            throw OutsideSubset.INSTANCE;
        }
        return i;
    }

    private boolean startsMappingEntry(int from, int lineEnd) {
        int i = from;
        while (i < lineEnd && isKeyChar(at(i))) {
            i++;
        }
        return i > from && i < lineEnd && at(i) == ':' && (i + 1 == lineEnd || at(i + 1) == ' ');
    }

    /** Keys of the format are kebab-case words; anything else goes to the full parser. */
    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private char at(int index) {
        return text[index];
    }

    private String slice(int from, int to) {
        return new String(text, from, to - from);
    }

    /** Where {@code c} first occurs in {@code [from, to)}, or -1. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String prefix, int from) {
        if (from + prefix.length() > text.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void checkDepth(int depth) {
        if (depth > SafeYamlParser.MAX_DEPTH) {
            throw OutsideSubset.INSTANCE;
        }
    }

    /**
     * A line with content: its 1-based number, where it starts in the text, its indentation, where
     * its content starts and where it ends (before any line break).
     */
    private record Line(int number, int start, int indent, int content, int end, boolean isSequenceItem) {

        int column(int offset) {
            return offset - start + 1;
        }
    }

    private Line line(int number, int start, int content, int end) {
        boolean dash = at(content) == '-' && (content + 1 == end || at(content + 1) == ' ');
        return new Line(number, start, content - start, content, end, dash);
    }

    /** Thrown to leave the subset: cheap, no stack trace. */
    private static final class OutsideSubset extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final OutsideSubset INSTANCE = new OutsideSubset();

        private OutsideSubset() {
            super(null, null, false, false);
        }
    }
}
