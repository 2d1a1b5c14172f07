package ru.perechen.tp.validate;

import java.io.IOException;
import java.io.Writer;

/** A report in one format: a pure function of the report and the writer's settings, written out. */
public interface ReportWriter {

    void write(ValidationReport report, Writer out) throws IOException;
}
