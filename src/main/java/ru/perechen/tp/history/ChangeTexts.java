package ru.perechen.tp.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.ChangeType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Codes;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;

/**
 * The words for changes and versions in one language: what a change is, its values with the
 * Order's labels («Телефонная связь» (phone)), how a version is named. Shared by every rendering,
 * so text, Markdown and history say the same thing. Returns plain text; each renderer makes it
 * safe for where it goes.
 */
public final class ChangeTexts {

    public static final String BUNDLE = "ru.perechen.tp.history.history";

    private final Messages messages;
    private final DateTimeFormatter dates;

    public ChangeTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofPattern(messages.text("date.pattern"));
    }

    public Messages messages() {
        return messages;
    }

    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A version as a heading names it: {@code approved/2026-11-30 (1a2b3c4)}, the working copy, the empty register. */
    public String side(RegisterVersion.Side side) {
        return switch (side.kind()) {
            case EMPTY -> messages.text("side.empty");
            case WORKING_TREE -> messages.text("side.worktree");
            case REVISION -> side.ref().equals(side.commit()) || side.commit().startsWith(side.ref())
                    ? side.commit().substring(0, 7)
                    : messages.text("side.revision", side.ref(), side.commit().substring(0, 7));
        };
    }

    /** The name of a type of change, as a heading or a table row says it. */
    public String typeName(ChangeType type) {
        return messages.text("type." + type.code());
    }

    /** The heading of a clause's group, or of the changes no clause names. */
    public String group(ChangeType type) {
        return type.clause() == null ? messages.text("group.other")
                : messages.text("group.clause", type.clause().number(), type.clause().title(messages.locale()));
    }

    public String clause(ChangeType type) {
        return type.clause() == null ? "" : messages.text("clause", type.clause().number());
    }

    /** What happened, without the id: {@code вид точки: «…» (phone) → «…» (email)}. */
    public String describe(Change change) {
        return switch (change.type()) {
            case PROCESS_INCLUDED, PROCESS_EXCLUDED, POINT_INCLUDED, POINT_EXCLUDED ->
                    messages.text("change." + change.type().code());
            case KIND_CHANGED -> messages.text("change.kind-changed", code(PointKind.class, change.from()),
                    code(PointKind.class, change.to()));
            case NEEDS_CHANGED -> needs(change);
            case FIELD_CHANGED -> messages.text("change.field-changed", field(change.field()),
                    value(change.field(), change.from()), value(change.field(), change.to()));
        };
    }

    private String needs(Change change) {
        StringBuilder what = new StringBuilder();
        if (!change.added().isEmpty()) {
            what.append(messages.text("change.needs-added", needList(change.added())));
        }
        if (!change.removed().isEmpty()) {
            if (what.length() > 0) {
                what.append("; ");
            }
            what.append(messages.text("change.needs-removed", needList(change.removed())));
        }
        if (what.length() == 0) {
            what.append(messages.text("change.needs-link"));
        }
        return messages.text("change.needs-changed", change.process(), what);
    }

    private String needList(List<String> codes) {
        return codes.stream().map(c -> code(Need.class, c)).collect(Collectors.joining(", "));
    }

    /** A field's path with its name in words: {@code адрес (address)}. */
    String field(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        Optional<String> label = messages.find("field." + path.substring(0, end));
        return label.filter(l -> !l.equals(path)).map(l -> l + " (" + path + ")").orElse(path);
    }

    /** A field's value as people read it: codes with their labels, text in quotes, absence said. */
    String value(String field, String value) {
        if (value == null) {
            return messages.text("value.absent");
        }
        Class<? extends Code> vocabulary = vocabulary(field);
        if (vocabulary != null) {
            return List.of(value.split(", ")).stream().map(c -> codeOf(vocabulary, c))
                    .collect(Collectors.joining(", "));
        }
        return "«" + value + "»";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String codeOf(Class<? extends Code> vocabulary, String code) {
        return code((Class) vocabulary, code);
    }

    private <E extends Enum<E> & Code> String code(Class<E> vocabulary, String code) {
        if (code == null) {
            return messages.text("value.absent");
        }
        return Codes.find(vocabulary, code).map(c -> "«" + c.label(messages.locale()) + "» (" + c.code() + ")")
                .orElse(code);
    }

    private static Class<? extends Code> vocabulary(String field) {
        if (field.startsWith("requirements.")) {
            return Assessment.class;
        }
        if (field.startsWith("basis[") && field.endsWith("].type")) {
            return BasisType.class;
        }
        return switch (field) {
            case "channel" -> Channel.class;
            case "demand" -> Demand.class;
            case "client" -> ClientType.class;
            case "category" -> ProcessCategory.class;
            case "scope" -> ProcessScope.class;
            case "accessibility" -> AccessibilityFeature.class;
            default -> null;
        };
    }
}
