package ru.perechen.tp.draft;

import java.util.Locale;
import java.util.stream.Collectors;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.Requirement;

/**
 * The text of a new record's file: the editor's schema line first, the keys in the order of
 * docs/format.md, codes as codes, text quoted where YAML could misread it, and a comment that
 * explains each place left for a person. Such a place holds the mark {@code ЗАПОЛНИТЕ} or
 * {@code ОЦЕНИТЕ} ({@link Placeholders}): {@code tp validate} warns about it (rule {@code unfinished})
 * and {@code tp approve} refuses it, so a draft can be committed and reviewed but an unfinished
 * record cannot be approved.
 */
public final class DraftYaml {

    static final String BUNDLE = "ru.perechen.tp.draft.draft";

    private final Messages messages;

    public DraftYaml(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
    }

    private static void schemaLine(StringBuilder yaml, String schemaPath) {
        if (schemaPath != null) {
            yaml.append("# yaml-language-server: $schema=").append(schemaPath).append('\n');
        }
    }

    /**
     * @param schemaPath the path of {@code point.schema.json} relative to the file's folder, with {@code /};
     *                   null for a file without the editors' schema line
     */
    public String point(PointDraft point, String schemaPath) {
        StringBuilder yaml = new StringBuilder(1024);
        schemaLine(yaml, schemaPath);
        field(yaml, "id", point.id());
        field(yaml, "name", point.name());
        field(yaml, "kind", point.kind().code());
        field(yaml, "organization", point.organization());
        field(yaml, "unit", point.unit());
        if (point.address() != null) {
            field(yaml, "address", point.address());
        } else {
            yaml.append("address: ").append(Placeholders.FILL_IN).append("  # ")
                    .append(messages.text("placeholder.address")).append('\n');
        }
        yaml.append("processes:\n");
        for (PointDraft.Link link : point.links()) {
            yaml.append("  - process: ").append(YamlText.scalar(link.process())).append('\n');
            if (link.needs().isEmpty()) {
                yaml.append("    needs: [").append(Placeholders.FILL_IN).append("]  # ")
                        .append(messages.text("placeholder.needs", String.join(", ", Codes.all(Need.class))))
                        .append('\n');
            } else {
                yaml.append("    needs: [")
                        .append(link.needs().stream().map(n -> n.code()).collect(Collectors.joining(", ")))
                        .append("]\n");
            }
            if (link.other() != null) {
                yaml.append("    other: ").append(YamlText.scalar(link.other())).append('\n');
            }
        }
        basis(yaml, point.basis(), "placeholder.basis.point");
        yaml.append("requirements:\n");
        for (Requirement requirement : Requirement.of(point.kind().channel())) {
            Assessment assessment = point.assessments().get(requirement);
            yaml.append("  ").append(requirement.code()).append(':');
            if (assessment != null) {
                yaml.append(' ').append(assessment.code()).append('\n');
            } else {
                yaml.append(' ').append(Placeholders.ASSESS).append("  # ").append(messages.text("placeholder.assess", requirement.clause().number(),
                        requirement.letter(), requirement.label(messages.locale()),
                        String.join(" | ", Codes.all(Assessment.class)))).append('\n');
            }
        }
        if (point.survey() != null) {
            field(yaml, "survey", point.survey());
        }
        if (!point.accessibility().isEmpty()) {
            yaml.append("accessibility: [")
                    .append(point.accessibility().stream().map(a -> a.code()).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        if (point.history()) {
            yaml.append("history: true\n");
        }
        return yaml.toString();
    }

    /**
     * @param schemaPath the path of {@code process.schema.json} relative to the file's folder, with {@code /};
     *                   null for a file without the editors' schema line
     */
    public String process(ProcessDraft process, String schemaPath) {
        StringBuilder yaml = new StringBuilder(512);
        schemaLine(yaml, schemaPath);
        field(yaml, "id", process.id());
        field(yaml, "name", process.name());
        field(yaml, "client", process.client().code());
        field(yaml, "category", process.category().code());
        field(yaml, "scope", process.scope().code());
        field(yaml, "unit", process.unit());
        basis(yaml, process.basis(), "placeholder.basis.process");
        return yaml.toString();
    }

    private void basis(StringBuilder yaml, BasisDraft basis, String placeholderKey) {
        yaml.append("basis:\n");
        if (basis.type() == null) {
            yaml.append("  # ").append(messages.text(placeholderKey, String.join(", ", Codes.all(BasisType.class))))
                    .append('\n');
            yaml.append("  #   ").append(messages.text("placeholder.basis.example")).append('\n');
            yaml.append("  - type: ").append(Placeholders.FILL_IN).append('\n');
        } else {
            yaml.append("  - type: ").append(basis.type().code()).append('\n');
        }
        if (basis.title() != null) {
            yaml.append("    title: ").append(YamlText.scalar(basis.title())).append('\n');
        } else {
            yaml.append("    title: ").append(Placeholders.FILL_IN).append("  # ")
                    .append(messages.text("placeholder.title")).append('\n');
        }
    }

    private static void field(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(": ").append(YamlText.scalar(value)).append('\n');
    }
}
