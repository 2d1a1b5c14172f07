/**
 * Publishing a version of the register for readers without Git: pure writers from a {@link
 * ru.perechen.tp.publish.Snapshot} to files (HTML, XLSX, CSV, JSON, manifest), their atomic placement
 * in a shared folder under a lock, and where the publication deadline of clause 6.5 stands.
 */
package ru.perechen.tp.publish;
