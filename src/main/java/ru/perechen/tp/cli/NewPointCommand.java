package ru.perechen.tp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.perechen.tp.draft.BasisDraft;
import ru.perechen.tp.draft.DraftYaml;
import ru.perechen.tp.draft.Placement;
import ru.perechen.tp.draft.PointDraft;
import ru.perechen.tp.draft.SchemaLine;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Addresses;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.OrganizationRole;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Unit;
import ru.perechen.tp.validate.FindingTexts;

/**
 * {@code tp new point}: writes a new point file with the next free id. With options it asks
 * nothing (for scripts), and a missing required option is a usage error naming every one missing;
 * at a terminal with options missing it asks for each field in turn. The basis and the
 * requirement assessments, which only a person can give, are written as marked places when not
 * given; {@code tp validate} reports them until they are filled in.
 */
@Command(name = "point", sortOptions = false)
final class NewPointCommand implements Callable<Integer> {

    private final Env env;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", paramLabel = "CODE", descriptionKey = "new.kind")
    String kind;

    @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "new.point-name")
    String name;

    @Option(names = "--process", paramLabel = "PR-…", split = ",", descriptionKey = "new.process")
    List<String> processes;

    @Option(names = "--needs", paramLabel = "CODE", split = ",", descriptionKey = "new.needs")
    List<String> needs;

    @Option(names = "--other", paramLabel = "TEXT", descriptionKey = "new.other")
    String other;

    @Option(names = "--organization", paramLabel = "ID", descriptionKey = "new.organization")
    String organization;

    @Option(names = "--unit", paramLabel = "ID", descriptionKey = "new.point-unit")
    String unit;

    @Option(names = "--address", paramLabel = "TEXT", descriptionKey = "new.address")
    String address;

    @Option(names = "--survey", paramLabel = "URL", descriptionKey = "new.survey")
    String survey;

    @Option(names = "--accessibility", paramLabel = "CODE", split = ",", descriptionKey = "new.accessibility")
    List<String> accessibility;

    @Option(names = "--history", arity = "0..1", paramLabel = "true|false", descriptionKey = "new.history")
    Boolean history;

    @Option(names = "--assess", paramLabel = "REQUIREMENT=ASSESSMENT", split = ",", descriptionKey = "new.assess")
    Map<String, String> assess;

    @Mixin
    NewRecordOptions common;

    @Mixin
    LanguageOption language;

    NewPointCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = RegisterOpener.open(env, common.path);
        Register register = opened.register();
        Locale locale = language.resolve(register.header().locale());
        Messages messages = Bundles.cli(locale);
        Answers given = fromOptions(register);
        List<String> missing = given.missing();
        Answers answers = missing.isEmpty() || !env.terminal() ? given
                : ask(given, register, locale, messages);
        // A script may leave the needs and the address to a person: they are written as marks.
        NewRecordFile.requireAll(answers.missing().stream()
                .filter(option -> !option.equals("--needs") && !option.equals("--address")).toList());
        answers.check(register);

        String id = NewRecordFile.nextId(opened, RecordFile.RecordType.POINT,
                register.points().stream().map(Point::id).toList());
        String folder = Placement.forPoint(register, answers.organization);
        PointDraft draft = answers.draft(id);
        String yaml = new DraftYaml(locale).point(draft,
                NewRecordFile.schemaPath(opened.root(), folder, id, SchemaLine.POINT_SCHEMA));
        List<String> leftToFill = new ArrayList<>();
        if (draft.address() == null) {
            leftToFill.add(messages.text("new.fill.address"));
        }
        if (draft.links().stream().anyMatch(link -> link.needs().isEmpty())) {
            leftToFill.add(messages.text("new.fill.needs"));
        }
        if (!draft.basis().complete()) {
            leftToFill.add(messages.text("new.fill.basis"));
        }
        if (!draft.unassessed().isEmpty()) {
            leftToFill.add(messages.text("new.fill.requirements", draft.unassessed().size(),
                    draft.kind().channel() == Channel.ONLINE ? "3.4" : "3.5"));
        }
        NewRecordFile.write(env, spec.commandLine().getOut(), spec.commandLine().getErr(), messages, opened, folder,
                id, yaml, common.dryRun, leftToFill);
        return ExitCode.OK;
    }

    /** What the options say, checked against the register; gaps filled from it where the register leaves no doubt. */
    private Answers fromOptions(Register register) {
        Answers a = new Answers();
        a.kind = kind == null ? null : NewRecordFile.code(PointKind.class, "--kind", kind);
        a.name = blankToNull(name);
        for (String process : NewRecordFile.split(processes)) {
            if (register.process(process).isEmpty()) {
                throw TpException.usage("new.unknown-process", process);
            }
            if (a.processes.contains(process)) {
                throw TpException.usage("new.repeated", "--process", process);
            }
            a.processes.add(process);
        }
        a.needs = NewRecordFile.codes(Need.class, "--needs", NewRecordFile.split(needs));
        a.other = blankToNull(other);
        if (organization != null && register.organization(organization).isEmpty()) {
            throw TpException.usage("new.unknown-organization", organization, ids(register.header().organizations()
                    .stream().map(Organization::id).toList()));
        }
        if (unit != null && register.unit(unit).isEmpty()) {
            throw TpException.usage("new.unknown-unit", unit, ids(register.header().units().stream()
                    .map(Unit::id).toList()));
        }
        a.organization = organization;
        a.unit = unit;
        if (a.unit == null && !a.processes.isEmpty()) {
            // The unit that runs the first process, when it belongs to the organization asked for.
            String candidate = register.process(a.processes.get(0)).map(InteractionProcess::unit).orElse(null);
            Optional<Unit> found = candidate == null ? Optional.empty() : register.unit(candidate);
            if (found.isPresent() && (a.organization == null || a.organization.equals(found.get().organization()))) {
                a.unit = candidate;
            }
        }
        if (a.organization == null && a.unit != null) {
            a.organization = register.unit(a.unit).map(Unit::organization).orElse(null);
        }
        a.address = blankToNull(address);
        a.survey = blankToNull(survey);
        a.accessibility = NewRecordFile.codes(AccessibilityFeature.class, "--accessibility",
                NewRecordFile.split(accessibility));
        a.history = history != null && history;
        a.basis = NewRecordFile.basis(common);
        if (assess != null) {
            for (Map.Entry<String, String> entry : assess.entrySet()) {
                a.assessments.put(NewRecordFile.code(Requirement.class, "--assess", entry.getKey()),
                        NewRecordFile.code(Assessment.class, "--assess " + entry.getKey(), entry.getValue()));
            }
        }
        return a;
    }

    /** Asks a person for every field the options left open, in the order a point is described. */
    private Answers ask(Answers a, Register register, Locale locale, Messages messages) {
        PrintWriter err = spec.commandLine().getErr();
        Prompter prompt = new Prompter(env.input(), err, messages, env.ansi());
        FindingTexts rules = new FindingTexts(locale);
        prompt.say(messages.text("new.point.intro"));
        if (a.kind == null) {
            a.kind = prompt.code(messages.text("prompt.kind"), List.of(PointKind.values()), null, false);
        }
        if (a.name == null) {
            a.name = prompt.text(messages.text("prompt.point-name"), null, false, null);
        }
        if (a.processes.isEmpty()) {
            a.processes.addAll(prompt.several(messages.text("prompt.processes"), processChoices(register), false));
        }
        Map<String, List<Need>> needsByProcess = new LinkedHashMap<>();
        for (String process : a.processes) {
            List<Need> processNeeds = a.needs;
            if (processNeeds.isEmpty()) {
                processNeeds = prompt.codes(messages.text("prompt.needs", process, register.process(process)
                        .map(InteractionProcess::name).orElse("")), List.of(Need.values()), false);
            }
            needsByProcess.put(process, processNeeds);
            if (processNeeds.contains(Need.OTHER) && a.other == null) {
                a.other = prompt.text(messages.text("prompt.other"), null, false, null);
            }
        }
        a.needsByProcess = needsByProcess;
        if (a.organization == null) {
            a.organization = prompt.one(messages.text("prompt.organization"), organizationChoices(register),
                    defaultOrganization(a, register), false);
        }
        if (a.unit == null) {
            List<Prompter.Choice> units = register.header().units().stream()
                    .filter(u -> u.id() != null && a.organization.equals(u.organization()))
                    .map(u -> new Prompter.Choice(u.id(), u.name())).toList();
            if (units.isEmpty()) {
                throw TpException.usage("new.no-units", a.organization);
            }
            a.unit = prompt.one(messages.text("prompt.unit"), units, defaultUnit(a, register, units), false);
        }
        if (a.address == null) {
            String form = "prompt.address." + a.kind.addressForm().name().toLowerCase(Locale.ROOT).replace('_', '-');
            a.address = prompt.text(messages.text("prompt.address", messages.text(form)), null, false,
                    answer -> addressProblem(answer, a, register, messages, rules));
        }
        if (a.accessibility.isEmpty() && accessibility == null) {
            a.accessibility = prompt.codes(messages.text("prompt.accessibility"),
                    List.of(AccessibilityFeature.values()), true);
        }
        if (history == null) {
            a.history = prompt.yesNo(messages.text("prompt.history"), false);
        }
        if (a.basis.type() == null) {
            a.basis = NewRecordFile.askBasis(prompt, messages);
        } else if (a.basis.title() == null) {
            a.basis = new BasisDraft(a.basis.type(), prompt.text(messages.text("prompt.basis-title"), null, true,
                    null));
        }
        for (Requirement requirement : Requirement.of(a.kind.channel())) {
            if (!a.assessments.containsKey(requirement)) {
                Assessment answer = prompt.code(messages.text("prompt.assess", requirement.clause().number(),
                        requirement.letter(), requirement.label(locale)), List.of(Assessment.values()), null, true);
                if (answer != null) {
                    a.assessments.put(requirement, answer);
                }
            }
        }
        if (a.survey == null) {
            a.survey = prompt.text(messages.text("prompt.survey"), null, !a.surveyClaimed(),
                    answer -> Addresses.isHttpsUrl(answer) ? null : messages.text("new.survey-not-https", answer));
        }
        return a;
    }

    private static String addressProblem(String answer, Answers a, Register register, Messages messages,
                                         FindingTexts rules) {
        if (!Addresses.fits(a.kind, answer)) {
            String key = "address-format.form." + a.kind.addressForm().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return rules.messages().text(key, answer, a.kind);
        }
        a.address = answer;
        Optional<Point> same = a.duplicateIn(register);
        a.address = null;
        return same.map(p -> messages.text("new.duplicate", p.id())).orElse(null);
    }

    private static String defaultOrganization(Answers a, Register register) {
        if (!a.processes.isEmpty()) {
            Optional<String> ofProcess = register.process(a.processes.get(0)).map(InteractionProcess::unit)
                    .flatMap(register::unit).map(Unit::organization).filter(o -> register.organization(o).isPresent());
            if (ofProcess.isPresent()) {
                return ofProcess.get();
            }
        }
        return register.header().organizations().stream().filter(o -> o.role() == OrganizationRole.MINISTRY)
                .map(Organization::id).findFirst()
                .orElse(register.header().organizations().isEmpty() ? null
                        : register.header().organizations().get(0).id());
    }

    private static String defaultUnit(Answers a, Register register, List<Prompter.Choice> units) {
        if (!a.processes.isEmpty()) {
            String ofProcess = register.process(a.processes.get(0)).map(InteractionProcess::unit).orElse(null);
            if (units.stream().anyMatch(u -> u.code().equals(ofProcess))) {
                return ofProcess;
            }
        }
        return units.isEmpty() ? null : units.get(0).code();
    }

    private static List<Prompter.Choice> processChoices(Register register) {
        return register.processes().stream().filter(p -> p.id() != null)
                .sorted(Comparator.comparing(InteractionProcess::id, IdOrder.IDS))
                .map(p -> new Prompter.Choice(p.id(), p.name())).toList();
    }

    private static List<Prompter.Choice> organizationChoices(Register register) {
        return register.header().organizations().stream().filter(o -> o.id() != null)
                .map(o -> new Prompter.Choice(o.id(), o.name())).toList();
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids.stream().filter(Objects::nonNull).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The fields of the new point as far as they are known. */
    private static final class Answers {
        PointKind kind;
        String name;
        final List<String> processes = new ArrayList<>();
        List<Need> needs = List.of();
        Map<String, List<Need>> needsByProcess;
        String other;
        String organization;
        String unit;
        String address;
        String survey;
        List<AccessibilityFeature> accessibility = List.of();
        boolean history;
        BasisDraft basis = BasisDraft.UNKNOWN;
        final Map<Requirement, Assessment> assessments = new EnumMap<>(Requirement.class);

        /** The options a script must give, by name, in the order of --help. */
        List<String> missing() {
            List<String> missing = new ArrayList<>();
            add(missing, kind == null, "--kind");
            add(missing, name == null, "--name");
            add(missing, processes.isEmpty(), "--process");
            add(missing, needs.isEmpty() && needsByProcess == null, "--needs");
            add(missing, needs.contains(Need.OTHER) && other == null, "--other");
            add(missing, organization == null, "--organization");
            add(missing, unit == null, "--unit");
            add(missing, address == null, "--address");
            return missing;
        }

        /** What the register must agree with before the file is written. */
        void check(Register register) {
            Unit ofUnit = register.unit(unit).orElseThrow();
            if (!organization.equals(ofUnit.organization())) {
                throw TpException.usage("new.unit-elsewhere", unit, ofUnit.organization(), organization);
            }
            if (address != null && !Addresses.fits(kind, address)) {
                throw TpException.usage("new.address-form", address, kind.code());
            }
            for (Requirement requirement : assessments.keySet()) {
                if (requirement.channel() != kind.channel()) {
                    throw TpException.usage("new.other-channel", requirement.code(), kind.code(),
                            String.join(", ", Requirement.of(kind.channel()).stream().map(Requirement::code).toList()));
                }
            }
            if (survey != null && !Addresses.isHttpsUrl(survey)) {
                throw TpException.usage("new.survey-not-https", survey);
            }
            if (survey == null && surveyClaimed()) {
                throw TpException.usage("new.survey-needed");
            }
            duplicateIn(register).ifPresent(p -> {
                throw TpException.usage("new.duplicate", p.id());
            });
        }

        /** Whether the survey link of 3.4 «и» or 3.5 «г» is claimed as met, which needs the link itself. */
        boolean surveyClaimed() {
            return assessments.get(Requirement.SURVEY_LINK) == Assessment.MET
                    || assessments.get(Requirement.QUICK_FEEDBACK) == Assessment.MET;
        }

        /** A point that is the same touchpoint (4.11): same kind, organization and normalized address. */
        Optional<Point> duplicateIn(Register register) {
            if (address == null) {
                return Optional.empty();
            }
            String normalized = Addresses.normalize(kind, address);
            return register.points().stream()
                    .filter(p -> p.kind() == kind && organization.equals(p.organization()) && p.address() != null)
                    .filter(p -> Addresses.normalize(kind, p.address()).equals(normalized))
                    .findFirst();
        }

        PointDraft draft(String id) {
            List<PointDraft.Link> links = new ArrayList<>();
            for (String process : processes) {
                List<Need> processNeeds = needsByProcess != null ? needsByProcess.get(process) : needs;
                links.add(new PointDraft.Link(process, processNeeds,
                        processNeeds.contains(Need.OTHER) ? other : null));
            }
            return new PointDraft(id, name, kind, organization, unit, address, links, basis, assessments, survey,
                    accessibility, history);
        }

        private static void add(List<String> missing, boolean absent, String option) {
            if (absent) {
                missing.add(option);
            }
        }
    }
}
