package ru.perechen.tp.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Finding;

/**
 * Names for findings that survive edits elsewhere in a file: a hash of the rule, the file and the
 * message with its arguments, but not of the line, so that a finding keeps its name when lines are
 * added above it. Platforms use the name to tell a new finding from one they already showed
 * (GitLab's {@code fingerprint}, SARIF's {@code partialFingerprints}), and a change is answerable
 * for the findings whose names the base revision did not have.
 *
 * <p>Two findings alike in all but position (the same field missing twice in a file) get an
 * ordinal, counted in report order, so that no two findings of a report share a name.
 */
public final class FindingFingerprints {

    private FindingFingerprints() {
    }

    /** The names of the findings, in the same order, each distinct. */
    public static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String identity = identity(finding);
            int ordinal = seen.merge(identity, 1, Integer::sum);
            names.add(sha256(ordinal == 1 ? identity : identity + '\u0000' + ordinal));
        }
        return names;
    }

    /**
     * What a finding is, without where in its file: rule, file, message id and arguments (codes by
     * their code, so the name does not depend on the language of the report).
     */
    static String identity(Finding finding) {
        StringBuilder text = new StringBuilder(finding.rule()).append('\u0000')
                .append(finding.location().file()).append('\u0000')
                .append(finding.message().key());
        for (Object arg : finding.message().args()) {
            text.append('\u0000').append(arg instanceof Code code ? code.code() : String.valueOf(arg));
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
