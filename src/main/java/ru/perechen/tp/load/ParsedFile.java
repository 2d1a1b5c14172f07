package ru.perechen.tp.load;

import java.util.List;

import ru.perechen.tp.model.ReadProblem;

/**
 * The outcome of parsing one file: its root node, or {@code null} when the text could not be
 * turned into a trustworthy tree, and the problems met on the way.
 */
public record ParsedFile(YamlNode root, List<ReadProblem> problems) {
}
