package ru.perechen.tp.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The "did you mean" of a misspelt key or code: the closest allowed word, if it is close enough. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    public static Optional<String> closest(String written, Collection<String> allowed) {
        String normalized = written.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            if (candidate.equals(normalized)) {
                return Optional.of(candidate);
            }
            int distance = DISTANCE.apply(normalized, candidate);
            int limit = Math.min(3, Math.max(1, candidate.length() / 3));
            if (distance >= 0 && distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
