package ru.perechen.tp.model;

/** Clause 4.8: a document from which a point or process was identified. */
public record Basis(BasisType type, String title, Origin origin) {
}
