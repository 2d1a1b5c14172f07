package ru.perechen.tp.rules;

import ru.perechen.tp.model.AuthorizedPerson;
import ru.perechen.tp.model.Clause;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;

/** register.yaml names the authorized person who keeps the register: name, position and unit (4.3). */
@RuleInfo(id = "authorized-person", clause = Clause.C4_3, severity = Severity.ERROR)
public final class AuthorizedPersonRule implements Rule {

    @Override
    public void check(Register register, Reporter reporter) {
        if (!register.header().readable()) {
            return;
        }
        AuthorizedPerson person = register.header().authorizedPerson();
        if (person == null) {
            reporter.report(register.header().origin().at("authorized-person"), "missing");
            return;
        }
        String[][] fields = {{"name", person.name()}, {"position", person.position()}, {"unit", person.unit()}};
        for (String[] field : fields) {
            if (field[1] == null || field[1].isBlank()) {
                reporter.report(person.origin().at(field[0]), "missing-field", field[0]);
            }
        }
    }
}
