package ru.perechen.tp.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;

/** The report's words in one language: section titles, column heads and the phrases shared by every renderer. */
final class ReportTexts {

    static final String BUNDLE = "ru.perechen.tp.report.report";

    private final Messages messages;

    ReportTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
    }

    Locale locale() {
        return messages.locale();
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    String label(Code code) {
        return code == null ? text("unspecified") : code.label(locale());
    }

    String subject(Subject subject) {
        return subject.unspecified() ? text("unspecified") : subject.label(locale());
    }

    String clause(String number) {
        return text("clause", number);
    }

    String title(ControlReport report) {
        return report.title() == null || report.title().isBlank() ? text("report.no-title") : report.title();
    }

    String point(PointRef point) {
        return point.id() == null ? point.file() : point.id();
    }

    /** A share as the reader sees it: {@code 75 % (3 из 4)}, or that there is nothing to count. */
    String share(ComplianceTable.Share share) {
        return share.percentMet() == null ? text("share.none")
                : text("share.value", share.percentMet(), share.met(), share.applicable());
    }

    String changeType(ChangeType type) {
        return text("change." + type.code());
    }

    Optional<String> since(ChangesSinceApproval changes) {
        ApprovedVersion version = changes.since();
        if (version == null) {
            return Optional.of(text("changes.since-unknown"));
        }
        return Optional.of(text("changes.since", version.tag(), version.act(), version.date()));
    }

    /** What a change altered, in words; register text is returned raw, for the renderer to escape. */
    String details(Change change) {
        return switch (change.type()) {
            case KIND_CHANGED -> text("change.kind", codeLabel(PointKind.class, change.from()),
                    codeLabel(PointKind.class, change.to()));
            case NEEDS_CHANGED -> text("change.needs", change.process(), needs(change.added()),
                    needs(change.removed()));
            case FIELD_CHANGED -> text("change.field", change.field(), orEmpty(change.from()), orEmpty(change.to()));
            default -> "";
        };
    }

    private String needs(List<String> codes) {
        return codes.isEmpty() ? text("change.empty")
                : codes.stream().map(c -> codeLabel(Need.class, c)).collect(Collectors.joining(", "));
    }

    private String orEmpty(String value) {
        return value == null ? text("change.empty") : value;
    }

    private <E extends Enum<E> & Code> String codeLabel(Class<E> vocabulary, String code) {
        if (code == null) {
            return text("change.empty");
        }
        return Codes.find(vocabulary, code).map(this::label).orElse(code);
    }
}
