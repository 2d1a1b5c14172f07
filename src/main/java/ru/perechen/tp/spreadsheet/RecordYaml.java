package ru.perechen.tp.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ru.perechen.tp.draft.YamlText;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.Requirement;

/**
 * A point or a process as the text of its record file, in the format of docs/format.md: keys in the
 * order that page lists them, codes as codes, text through {@link YamlText} (quoted where any YAML reader would misread it), lists of codes in
 * flow style as the sample register writes them. A field the record does not have is left out, so
 * that {@code tp validate} names what a person still has to fill in; defaults ({@code demand:
 * normal}, {@code appeals-tracked: true}, {@code history: false}) are left out too.
 */
final class RecordYaml {

    private RecordYaml() {
    }

    static String point(Point point, Optional<String> schemaLine) {
        StringBuilder out = new StringBuilder();
        schemaLine.ifPresent(line -> out.append(line).append('\n'));
        text(out, "id", point.id());
        text(out, "name", point.name());
        code(out, "kind", point.kind());
        code(out, "channel", point.channel());
        text(out, "organization", point.organization());
        text(out, "unit", point.unit());
        text(out, "address", point.address());
        List<ProcessLink> links = point.processes() == null ? List.of() : point.processes();
        if (links.isEmpty()) {
            out.append("processes: []\n");
        } else {
            out.append("processes:\n");
            for (ProcessLink link : links) {
                out.append("  - process: ").append(YamlText.scalar(link.process())).append('\n');
                out.append("    needs: ").append(flow(link.needs())).append('\n');
                if (link.other() != null) {
                    out.append("    other: ").append(YamlText.scalar(link.other())).append('\n');
                }
            }
        }
        basis(out, point.basis());
        Map<Requirement, Assessment> requirements = point.requirements() == null ? Map.of() : point.requirements();
        List<Requirement> expected = point.kind() == null ? List.of() : Requirement.of(point.kind().channel());
        if (!requirements.isEmpty() || !expected.isEmpty()) {
            out.append("requirements:\n");
            for (Requirement requirement : Requirement.values()) {
                Assessment assessment = requirements.get(requirement);
                if (assessment != null) {
                    out.append("  ").append(requirement.code()).append(": ").append(assessment.code()).append('\n');
                } else if (expected.contains(requirement)) {
                    // Only a person can assess the point: the mark makes validate warn and approve wait.
                    out.append("  ").append(requirement.code()).append(": ").append(Placeholders.ASSESS).append('\n');
                }
            }
        }
        text(out, "survey", point.survey());
        if (point.demand() != null && point.demand() != Demand.NORMAL) {
            code(out, "demand", point.demand());
        }
        if (!point.appealsTracked()) {
            out.append("appeals-tracked: false\n");
        }
        if (point.accessibility() != null && !point.accessibility().isEmpty()) {
            out.append("accessibility: ").append(flow(point.accessibility())).append('\n');
        }
        if (point.history()) {
            out.append("history: true\n");
        }
        text(out, "note", point.note());
        return out.toString();
    }

    static String process(InteractionProcess process, Optional<String> schemaLine) {
        StringBuilder out = new StringBuilder();
        schemaLine.ifPresent(line -> out.append(line).append('\n'));
        text(out, "id", process.id());
        text(out, "name", process.name());
        code(out, "client", process.client());
        code(out, "category", process.category());
        code(out, "scope", process.scope());
        text(out, "unit", process.unit());
        basis(out, process.basis());
        text(out, "note", process.note());
        return out.toString();
    }

    /** The basis as the sheet gives it; what it leaves out is marked for a person to fill in (4.8). */
    private static void basis(StringBuilder out, List<Basis> basis) {
        out.append("basis:\n");
        if (basis == null || basis.isEmpty()) {
            out.append("  - type: ").append(Placeholders.FILL_IN).append('\n');
            out.append("    title: ").append(Placeholders.FILL_IN).append('\n');
            return;
        }
        for (Basis item : basis) {
            out.append("  - type: ").append(item.type() != null ? item.type().code() : Placeholders.FILL_IN).append('\n');
            out.append("    title: ").append(item.title() != null ? YamlText.scalar(item.title()) : Placeholders.FILL_IN)
                    .append('\n');
        }
    }

    private static void text(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(YamlText.scalar(value)).append('\n');
        }
    }

    private static void code(StringBuilder out, String key, Code value) {
        if (value != null) {
            out.append(key).append(": ").append(value.code()).append('\n');
        }
    }

    private static String flow(List<? extends Code> codes) {
        return codes == null ? "[]" : codes.stream().map(Code::code).collect(Collectors.joining(", ", "[", "]"));
    }
}
