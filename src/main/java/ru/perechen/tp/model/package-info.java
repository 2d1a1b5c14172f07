/** The register as data: points, processes, the Order's vocabularies and clauses, findings; no I/O. */
package ru.perechen.tp.model;
