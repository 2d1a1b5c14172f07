package ru.perechen.tp.validate;

import java.util.Locale;

import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.model.Finding;

/** The words of a finding in one language: its message and its hint (the finding's own, or the rule's advice). */
public final class FindingTexts {

    public static final String BUNDLE = "ru.perechen.tp.rules.rules";

    private final Messages messages;

    public FindingTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
    }

    public Messages messages() {
        return messages;
    }

    public String message(Finding finding) {
        return messages.text(finding.rule(), finding.message()).orElse(finding.rule() + "." + finding.message().key());
    }

    /** The finding's own hint if it has one, else the rule's general advice, else {@code null}. */
    public String hint(Finding finding) {
        if (finding.hint() != null) {
            String hint = messages.text(finding.rule(), finding.hint()).orElse(null);
            if (hint != null) {
                return hint;
            }
        }
        return messages.find(finding.rule() + ".fix").orElse(null);
    }

    public String summary(String ruleId) {
        return messages.find(ruleId + ".summary").orElse(ruleId);
    }
}
