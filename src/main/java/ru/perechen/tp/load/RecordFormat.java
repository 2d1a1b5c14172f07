package ru.perechen.tp.load;

import java.util.List;
import java.util.regex.Pattern;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.OrganizationRole;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessScope;
import ru.perechen.tp.model.Requirement;

/**
 * The register format, version 1 (docs/format.md): the keys of register.yaml, of a process file
 * and of a point file, their shapes, and which rule reports each required key when it is missing.
 */
public final class RecordFormat {

    public static final int VERSION = 1;

    /** Organisation and unit ids: short ASCII names that are safe in paths and URLs. */
    public static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * A unit's reviewer as CODEOWNERS files name owners: {@code @user}, {@code @group/subgroup/team}
     * (GitLab allows dots and underscores) or an e-mail address.
     */
    public static final Pattern REVIEWER = Pattern.compile(
            "@[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final String SCHEMA = "schema";

    private static final Shape TEXT = Shape.Text.any();
    private static final Shape LOCAL_ID_TEXT = new Shape.Text(LOCAL_ID, "local-id");

    public static final Shape.Fields BASIS_ITEM = new Shape.Fields(List.of(
            new Shape.Field("type", new Shape.CodeOf(BasisType.class), "basis"),
            new Shape.Field("title", TEXT, "basis")));

    public static final Shape.Fields REGISTER = new Shape.Fields(List.of(
            new Shape.Field("format", new Shape.Whole(), SCHEMA),
            new Shape.Field("title", TEXT, SCHEMA),
            new Shape.Field("locale", new Shape.Text(Pattern.compile("ru|en"), "locale"), SCHEMA),
            new Shape.Field("organizations", new Shape.ListOf(new Shape.Fields(List.of(
                    new Shape.Field("id", LOCAL_ID_TEXT, SCHEMA),
                    new Shape.Field("name", TEXT, SCHEMA),
                    new Shape.Field("role", new Shape.CodeOf(OrganizationRole.class), SCHEMA))), true), SCHEMA),
            new Shape.Field("units", new Shape.ListOf(new Shape.Fields(List.of(
                    new Shape.Field("id", LOCAL_ID_TEXT, SCHEMA),
                    new Shape.Field("name", TEXT, SCHEMA),
                    new Shape.Field("organization", TEXT, "reference"),
                    new Shape.Field("reviewers", new Shape.ListOf(TEXT, false), null))), true), SCHEMA),
            new Shape.Field("authorized-person", new Shape.Fields(List.of(
                    new Shape.Field("name", TEXT, "authorized-person"),
                    new Shape.Field("position", TEXT, "authorized-person"),
                    new Shape.Field("unit", TEXT, "authorized-person"))), "authorized-person"),
            new Shape.Field("rules", new Shape.TextMap(), null),
            new Shape.Field("calendar", new Shape.Fields(List.of(
                    new Shape.Field("holidays", new Shape.ListOf(new Shape.Date(), false), null),
                    new Shape.Field("workdays", new Shape.ListOf(new Shape.Date(), false), null))), null)));

    public static final Shape.Fields PROCESS = new Shape.Fields(List.of(
            new Shape.Field("id", TEXT, "id"),
            new Shape.Field("name", TEXT, SCHEMA),
            new Shape.Field("client", new Shape.CodeOf(ClientType.class), SCHEMA),
            new Shape.Field("category", new Shape.CodeOf(ProcessCategory.class), SCHEMA),
            new Shape.Field("scope", new Shape.CodeOf(ProcessScope.class), SCHEMA),
            new Shape.Field("unit", TEXT, "unit"),
            new Shape.Field("basis", new Shape.ListOf(BASIS_ITEM, false), "basis"),
            new Shape.Field("note", TEXT, null)));

    public static final Shape.Fields PROCESS_LINK = new Shape.Fields(List.of(
            new Shape.Field("process", TEXT, "reference"),
            new Shape.Field("needs", new Shape.ListOf(new Shape.CodeOf(Need.class), false), "needs"),
            new Shape.Field("other", TEXT, null)));

    public static final Shape.Fields POINT = new Shape.Fields(List.of(
            new Shape.Field("id", TEXT, "id"),
            new Shape.Field("name", TEXT, SCHEMA),
            new Shape.Field("kind", new Shape.CodeOf(PointKind.class), SCHEMA),
            new Shape.Field("channel", new Shape.CodeOf(Channel.class), null),
            new Shape.Field("organization", TEXT, SCHEMA),
            new Shape.Field("unit", TEXT, "unit"),
            new Shape.Field("address", TEXT, "address-format"),
            new Shape.Field("processes", new Shape.ListOf(PROCESS_LINK, true), SCHEMA),
            new Shape.Field("basis", new Shape.ListOf(BASIS_ITEM, false), "basis"),
            new Shape.Field("requirements", new Shape.CodeMap(Requirement.class, Assessment.class), "requirements"),
            new Shape.Field("survey", TEXT, null),
            new Shape.Field("demand", new Shape.CodeOf(Demand.class), null),
            new Shape.Field("appeals-tracked", new Shape.Bool(), null),
            new Shape.Field("accessibility", new Shape.ListOf(new Shape.CodeOf(AccessibilityFeature.class), false), null),
            new Shape.Field("history", new Shape.Bool(), null),
            new Shape.Field("note", TEXT, null)));

    private RecordFormat() {
    }
}
