package ru.perechen.tp.rules;

import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Placeholders;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Severity;

/**
 * A point that claims the survey link of 3.4 «и» or the quick feedback of 3.5 «г» as met carries
 * the https link of its satisfaction survey (the register exists to measure satisfaction, 1.2);
 * a survey link, where given, is https.
 */
@RuleInfo(id = "survey-link", clause = Clause.C3_4, severity = Severity.ERROR)
public final class SurveyLinkRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        for (Point point : register.points()) {
            if (point.survey() != null) {
                if (!Addresses.isHttpsUrl(point.survey()) && !Placeholders.is(point.survey())) {
                    reporter.report(point.origin().at("survey"), "not-https", point.survey());
                }
                continue;
            }
            if (point.requirements() == null) {
                continue;
            }
            for (Requirement claimed : new Requirement[] {Requirement.SURVEY_LINK, Requirement.QUICK_FEEDBACK}) {
                if (point.requirements().get(claimed) == Assessment.MET) {
                    reporter.report(point.origin().at("requirements." + claimed.code()), "missing", claimed.code());
                }
            }
        }
    }
}
