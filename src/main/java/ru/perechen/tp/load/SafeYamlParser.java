package ru.perechen.tp.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.ReadProblem;

/**
 * Turns the bytes of one file into a {@link YamlNode} tree, accepting only the plain subset of
 * YAML the format needs. It reads parser events and builds the tree itself, so that:
 * <ul>
 *   <li>nothing is instantiated from a tag: explicit tags are refused;</li>
 *   <li>aliases are never expanded (no "billion laughs"), and anchors, aliases and merge keys are refused,
 *       because readers of the same file would not agree on what it says;</li>
 *   <li>nesting is bounded and tracked on an explicit stack, never by recursion;</li>
 *   <li>duplicate keys, several documents, a NUL byte and text that is not UTF-8 are reported with their line.</li>
 * </ul>
 * Instances are stateless and may be shared between threads.
 */
public final class SafeYamlParser {

    /** Files larger than this are refused unread: a record is a few kilobytes. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The format nests four levels deep; anything far deeper is a mistake or an attack. */
    public static final int MAX_DEPTH = 20;

    private static final String STANDARD_TAG_PREFIX = "tag:yaml.org,2002:";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LoadSettings settings = LoadSettings.builder()
            .setUseMarks(true)
            .setParseComments(false)
            .setCodePointLimit(MAX_FILE_BYTES + 1)
            .build();

    public ParsedFile parse(String file, byte[] bytes) {
        List<ReadProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(syntax(Location.ofFile(file), "too-large", "file-too-large", bytes.length, MAX_FILE_BYTES));
            return new ParsedFile(null, problems);
        }
        int start = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(syntax(locationOfOffset(file, bytes, start, i), "nul-byte", "not-text"));
                return new ParsedFile(null, problems);
            }
        }
        String text;
        try {
            text = decodeUtf8(bytes, start);
        } catch (NotUtf8 e) {
            problems.add(syntax(locationOfOffset(file, bytes, start, e.offset), "not-utf8",
                    looksLikeWindows1251(bytes, start) ? "save-utf8-from-1251" : "save-utf8"));
            return new ParsedFile(null, problems);
        }
        if (text.isBlank()) {
            problems.add(syntax(Location.ofFile(file), "empty-file", "empty-file"));
            return new ParsedFile(null, problems);
        }
        YamlNode plain = BlockYamlReader.read(text);
        if (plain != null) {
            return new ParsedFile(plain, problems);
        }
        YamlNode root = buildTree(file, text, problems);
        if (root == null && problems.isEmpty()) {
            // only comments (found by RegisterLoaderFuzzTest): no record, so it must not pass unnoticed
            problems.add(syntax(Location.ofFile(file), "empty-file", "empty-file"));
        }
        return new ParsedFile(root, problems);
    }

    /** Parses with the general parser only, never the block reader: the reference the block reader is tested against. */
    ParsedFile parseFully(String file, String text) {
        List<ReadProblem> problems = new ArrayList<>();
        return new ParsedFile(buildTree(file, text, problems), problems);
    }

    private YamlNode buildTree(String file, String text, List<ReadProblem> problems) {
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
        Deque<NodeBuilder> open = new ArrayDeque<>();
        YamlNode root = null;
        int documents = 0;
        try {
            while (parser.hasNext()) {
                Event event = parser.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.add(syntax(at(file, event), "several-documents", "one-document"));
                            return root;
                        }
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        refuseAnchorAndTag(file, scalar, scalar.getTag(), problems);
                        int[] pos = position(event);
                        YamlNode node = new YamlNode.Scalar(scalar.getValue(), scalar.isPlain(), pos[0], pos[1]);
                        root = add(file, open, node, root, problems);
                    }
                    case Alias -> {
                        // Never expanded: an alias bomb costs nothing, and readers would disagree anyway.
                        problems.add(syntax(at(file, event), "alias", "no-anchors"));
                        int[] pos = position(event);
                        root = add(file, open, new YamlNode.Scalar("", true, pos[0], pos[1]), root, problems);
                    }
                    case SequenceStart, MappingStart -> {
                        CollectionStartEvent collection = (CollectionStartEvent) event;
                        refuseAnchorAndTag(file, collection, collection.getTag(), problems);
                        if (open.size() >= MAX_DEPTH) {
                            problems.add(syntax(at(file, event), "too-deep", "too-deep", MAX_DEPTH));
                            return null;
                        }
                        int[] pos = position(event);
                        open.push(event.getEventId() == Event.ID.MappingStart
                                ? new MappingBuilder(pos[0], pos[1]) : new SequenceBuilder(pos[0], pos[1]));
                    }
                    case SequenceEnd, MappingEnd -> root = add(file, open, open.pop().build(), root, problems);
                    default -> {
                        // stream and document boundaries, comments: nothing to build
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            problems.add(syntaxError(file, e));
            return null;
        } catch (YamlEngineException e) {
            problems.add(syntax(Location.ofFile(file), "invalid", "yaml-basics", oneLine(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.add(syntax(Location.ofFile(file), "too-deep", "too-deep", MAX_DEPTH));
            return null;
        }
        return root;
    }

    private YamlNode add(String file, Deque<NodeBuilder> open, YamlNode node, YamlNode root,
                         List<ReadProblem> problems) {
        if (open.isEmpty()) {
            return root == null ? node : root;
        }
        open.peek().add(file, node, problems);
        return root;
    }

    private void refuseAnchorAndTag(String file, NodeEvent event, Optional<String> tag, List<ReadProblem> problems) {
        if (event.getAnchor().isPresent()) {
            problems.add(syntax(at(file, event), "anchor", "no-anchors", event.getAnchor().get().getValue()));
        }
        if (tag.isPresent()) {
            String written = tag.get().startsWith(STANDARD_TAG_PREFIX)
                    ? "!!" + tag.get().substring(STANDARD_TAG_PREFIX.length()) : tag.get();
            problems.add(syntax(at(file, event), "tag", "no-tags", written));
        }
    }

    /**
     * The library's messages are English and technical; the mistakes people make by hand get a
     * message of our own, located where the fix goes: an unclosed quote or bracket where it opens
     * (the library reports the end of the file), the rest where the library stopped.
     */
    private static ReadProblem syntaxError(String file, MarkedYamlEngineException e) {
        Location problemAt = location(file, e.getProblemMark().or(e::getContextMark).orElse(null));
        Location openedAt = location(file, e.getContextMark().or(e::getProblemMark).orElse(null));
        String problem = e.getProblem() == null ? oneLine(e.getMessage()) : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("tab")) {
            return syntax(problemAt, "tab", "no-tabs");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return syntax(openedAt, "unclosed-quote", "close-quote");
        }
        if (context.contains("quoted scalar") && problem.contains("escape character")) {
            return syntax(problemAt, "escape", "escape");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return syntax(openedAt, "unclosed-bracket", "close-bracket");
        }
        if (problem.contains("mapping values are not allowed")) {
            return syntax(problemAt, "colon-in-value", "colon-in-value");
        }
        if (problem.contains("expected <block end>") && (problem.contains("found '-'")
                || problem.contains("<block sequence start>") || problem.contains("<block mapping start>"))) {
            return syntax(problemAt, "indentation", "indentation");
        }
        if (context.contains("simple key") && problem.contains("expected ':'")) {
            return syntax(openedAt, "missing-colon", "missing-colon");
        }
        if (problem.contains("cannot start any token")) {
            return syntax(problemAt, "reserved-character", "quote-value");
        }
        return syntax(problemAt, "invalid", "yaml-basics", oneLine(problem));
    }

    private static Location location(String file, Mark mark) {
        return mark == null ? Location.ofFile(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    static ReadProblem syntax(Location location, String messageId, String hintId, Object... args) {
        return new ReadProblem(ReadProblem.Kind.SYNTAX, location, Message.of(messageId, args),
                Message.of("hint." + hintId));
    }

    private static Location at(String file, Event event) {
        int[] pos = position(event);
        return new Location(file, pos[0], pos[1]);
    }

    private static int[] position(Event event) {
        return event.getStartMark().map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(byte[] bytes, int start) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new NotUtf8(in.position());
        }
        return out.flip().toString();
    }

    /** Cyrillic in Windows-1251 is mostly bytes 0xC0–0xFF, which UTF-8 never has alone. */
    private static boolean looksLikeWindows1251(byte[] bytes, int start) {
        int high = 0;
        int cyrillic = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                if (b >= 0xC0) {
                    cyrillic++;
                }
            }
        }
        return high > 0 && cyrillic * 10 >= high * 7;
    }

    private static Location locationOfOffset(String file, byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    private static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int offset;

        NotUtf8(int offset) {
            this.offset = offset;
        }
    }

    private interface NodeBuilder {
        void add(String file, YamlNode node, List<ReadProblem> problems);

        YamlNode build();
    }

    private static final class SequenceBuilder implements NodeBuilder {
        private final int line;
        private final int column;
        private final List<YamlNode> items = new ArrayList<>();

        SequenceBuilder(int line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public void add(String file, YamlNode node, List<ReadProblem> problems) {
            items.add(node);
        }

        @Override
        public YamlNode build() {
            return new YamlNode.Sequence(List.copyOf(items), line, column);
        }
    }

    private static final class MappingBuilder implements NodeBuilder {
        private final int line;
        private final int column;
        private final List<YamlNode.Entry> entries = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private YamlNode pendingKey;

        MappingBuilder(int line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public void add(String file, YamlNode node, List<ReadProblem> problems) {
            if (pendingKey == null) {
                pendingKey = node;
                return;
            }
            YamlNode key = pendingKey;
            pendingKey = null;
            Location keyAt = new Location(file, key.line(), key.column());
            if (!(key instanceof YamlNode.Scalar scalar)) {
                problems.add(syntax(keyAt, "complex-key", "simple-keys"));
                return;
            }
            if (scalar.plain() && scalar.text().equals("<<")) {
                problems.add(syntax(keyAt, "merge-key", "no-anchors"));
                return;
            }
            if (!keys.add(scalar.text())) {
                problems.add(syntax(keyAt, "duplicate-key", "duplicate-key", scalar.text()));
                return;
            }
            entries.add(new YamlNode.Entry(scalar, node));
        }

        @Override
        public YamlNode build() {
            return new YamlNode.Mapping(List.copyOf(entries), line, column);
        }
    }
}
