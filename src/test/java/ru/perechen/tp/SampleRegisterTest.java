package ru.perechen.tp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.OrganizationRole;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Severity;
import ru.perechen.tp.validate.Validator;

/** The bundled register is what a new user sees first: realistic, complete and clean. */
class SampleRegisterTest {

    static Register register;

    @BeforeAll
    static void load() throws IOException {
        register = new RegisterLoader().load(new WorkingTreeSource(Path.of("register")));
    }

    @Test
    void validatesWithoutErrors() {
        assertThat(Validator.withAllRules().validate(register).findings())
                .allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void isLargeEnoughToBeRealistic() {
        assertThat(register.processes()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(register.points()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void coversTheMinistryTwoSubordinatesAndAnAuthorizedOrganization() {
        assertThat(register.header().organizations()).extracting(Organization::role)
                .containsExactlyInAnyOrder(OrganizationRole.MINISTRY, OrganizationRole.SUBORDINATE,
                        OrganizationRole.SUBORDINATE, OrganizationRole.AUTHORIZED);
    }

    @Test
    void usesEveryKindCategoryAndNeed() {
        Set<PointKind> kinds = register.points().stream().map(Point::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(PointKind.values());
        Set<ProcessCategory> categories = register.processes().stream().map(p -> p.category()).collect(Collectors.toSet());
        assertThat(categories).containsExactlyInAnyOrder(ProcessCategory.values());
        Set<Need> needs = EnumSet.noneOf(Need.class);
        for (Point point : register.points()) {
            for (ProcessLink link : point.processes()) {
                needs.addAll(link.needs());
            }
        }
        assertThat(needs).containsExactlyInAnyOrder(Need.values());
    }

    @Test
    void includesTheOnlineServicesNamedInClause324() {
        assertThat(register.points()).extracting(Point::address)
                .anyMatch(a -> a.startsWith("https://og.rkursk.ru/send"))
                .anyMatch(a -> a.startsWith("https://vmeste46.ru"));
    }
}
