package ru.perechen.tp.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.commons.text.similarity.LevenshteinDistance;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;
import ru.perechen.tp.model.Requirement;

/**
 * The Order's codes as people write them in a spreadsheet: each code is recognised by itself, by
 * its Russian and English labels, by the other names of {@code labels.properties} and by the names
 * a mapping file adds, all compared as {@link LooseText} does. Several values in one cell are
 * separated by {@code ;}, {@code ,} or new lines; a comma inside a label («получение информации,
 * в т.ч. о ходе рассмотрения») is told apart by trying the longest run of pieces that names a code.
 */
final class Vocabulary {

    /** The vocabularies by their name in labels.properties and in a mapping file's {@code values}. */
    static final Map<String, Class<? extends Code>> NAMES = names();

    private static final Map<Class<? extends Code>, Map<String, Code>> STANDARD = standardIndex();
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(6);

    private final Map<Class<? extends Code>, Map<String, Code>> index;

    private Vocabulary(Map<Class<? extends Code>, Map<String, Code>> index) {
        this.index = index;
    }

    static Vocabulary standard() {
        return new Vocabulary(STANDARD);
    }

    /** This vocabulary with a mapping file's names added; they win over the standard ones. */
    Vocabulary with(Map<Class<? extends Code>, Map<String, Code>> extra) {
        Map<Class<? extends Code>, Map<String, Code>> merged = new HashMap<>();
        STANDARD.forEach((type, names) -> merged.put(type, new HashMap<>(names)));
        extra.forEach((type, names) -> names.forEach((name, code) ->
                merged.computeIfAbsent(type, t -> new HashMap<>()).put(LooseText.key(name), code)));
        return new Vocabulary(merged);
    }

    /** The code a text names, if it names exactly one. */
    <E extends Code> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Code code = index.getOrDefault(type, Map.of()).get(LooseText.key(text));
        return Optional.ofNullable(code).map(type::cast);
    }

    /** The codes of a cell that lists several, in the order written, and the pieces that name none. */
    <E extends Code> Listed<E> list(Class<E> type, String cell) {
        List<E> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (cell == null) {
            return new Listed<>(codes, unknown);
        }
        for (String part : cell.split("[;\\r\\n]+")) {
            String[] pieces = part.split(",");
            int i = 0;
            while (i < pieces.length) {
                int matched = -1;
                E code = null;
                for (int j = pieces.length - 1; j >= i && matched < 0; j--) {
                    Optional<E> found = find(type, String.join(",", Arrays.copyOfRange(pieces, i, j + 1)));
                    if (found.isPresent()) {
                        matched = j;
                        code = found.get();
                    }
                }
                if (matched < 0) {
                    String piece = LooseText.strip(pieces[i]);
                    if (!piece.isEmpty()) {
                        unknown.add(piece);
                    }
                    i++;
                } else {
                    codes.add(code);
                    i = matched + 1;
                }
            }
        }
        return new Listed<>(codes, unknown);
    }

    /** The codes found in a cell and what could not be read as one. */
    record Listed<E>(List<E> codes, List<String> unknown) {
    }

    /** The label of the code whose names come closest to a text, for a "did you mean". */
    <E extends Code> Optional<E> closest(Class<E> type, String text) {
        String key = LooseText.key(text);
        Code best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, Code> entry : index.getOrDefault(type, Map.of()).entrySet()) {
            int limit = Math.min(6, Math.max(2, entry.getKey().length() / 4));
            int distance = DISTANCE.apply(key, entry.getKey());
            boolean prefix = key.length() >= 4 && entry.getKey().startsWith(key);
            if (prefix) {
                distance = Math.min(distance < 0 ? Integer.MAX_VALUE : distance, 1);
            }
            if (distance >= 0 && distance <= limit && distance < bestDistance) {
                best = entry.getValue();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(type::cast);
    }

    /** «да» or «нет» as people write it: да/нет, yes/no, true/false, есть/отсутствует, +/−, 1/0. */
    static Optional<Boolean> bool(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = LooseText.strip(text);
        if (stripped.equals("+")) {
            return Optional.of(true);
        }
        if (stripped.equals("-") || stripped.equals("—") || stripped.equals("–") || stripped.equals("−")) {
            return Optional.of(false);
        }
        return switch (LooseText.key(stripped)) {
            case "да", "yes", "true", "есть", "1", "истина", "ведется" -> Optional.of(true);
            case "нет", "no", "false", "отсутствует", "0", "ложь", "не ведется" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Map<String, Class<? extends Code>> names() {
        Map<String, Class<? extends Code>> names = new LinkedHashMap<>();
        names.put("kind", PointKind.class);
        names.put("channel", Channel.class);
        names.put("client", ClientType.class);
        names.put("category", ProcessCategory.class);
        names.put("scope", ProcessScope.class);
        names.put("need", Need.class);
        names.put("demand", Demand.class);
        names.put("accessibility", AccessibilityFeature.class);
        names.put("requirement", Requirement.class);
        names.put("assessment", Assessment.class);
        names.put("basis-type", BasisType.class);
        return Map.copyOf(names);
    }

    private static Map<Class<? extends Code>, Map<String, Code>> standardIndex() {
        Properties aliases = aliases();
        Map<Class<? extends Code>, Map<String, Code>> index = new HashMap<>();
        for (Map.Entry<String, Class<? extends Code>> vocabulary : NAMES.entrySet()) {
            Map<String, Code> names = new HashMap<>();
            for (Code code : vocabulary.getValue().getEnumConstants()) {
                for (String name : names(vocabulary.getKey(), code, aliases)) {
                    names.put(LooseText.key(name), code);
                }
            }
            index.put(vocabulary.getValue(), Map.copyOf(names));
        }
        return Map.copyOf(index);
    }

    /** A code's names: the code, its labels and the other names of labels.properties. */
    private static List<String> names(String vocabulary, Code code, Properties aliases) {
        List<String> names = new ArrayList<>(List.of(code.code(), code.labelRu(), code.labelEn()));
        String other = aliases.getProperty(vocabulary + "." + code.code());
        if (other != null) {
            names.addAll(List.of(other.split("\\|")));
        }
        return names;
    }

    private static Properties aliases() {
        Properties aliases = new Properties();
        try (InputStream in = Vocabulary.class.getResourceAsStream("labels.properties")) {
            aliases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aliases;
    }

    /** Names that lead to two codes of one vocabulary, for the test that there are none. */
    static Map<String, List<String>> ambiguities() {
        Properties aliases = aliases();
        Map<String, List<String>> ambiguous = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends Code>> vocabulary : NAMES.entrySet()) {
            Map<String, Code> seen = new HashMap<>();
            for (Code code : vocabulary.getValue().getEnumConstants()) {
                for (String name : names(vocabulary.getKey(), code, aliases)) {
                    Code before = seen.putIfAbsent(LooseText.key(name), code);
                    if (before != null && before != code) {
                        ambiguous.put(vocabulary.getKey() + ": " + name, List.of(before.code(), code.code()));
                    }
                }
            }
        }
        return ambiguous;
    }
}
