package ru.perechen.tp.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.perechen.tp.model.AccessibilityFeature;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.AuthorizedPerson;
import ru.perechen.tp.model.Basis;
import ru.perechen.tp.model.BasisType;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Location;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.OrganizationRole;
import ru.perechen.tp.model.Origin;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.PointKind;
import ru.perechen.tp.model.ProcessCategory;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.ProcessScope;
import ru.perechen.tp.model.ReadProblem;
import ru.perechen.tp.model.RegisterHeader;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.RuleSetting;
import ru.perechen.tp.model.Unit;

/**
 * Reads one parsed file into a record of the model: the structure check first (every problem
 * located), then a lenient conversion that keeps whatever can be read.
 */
public final class RecordReader {

    private static final Map<Requirement, String> REQUIREMENT_KEYS = new EnumMap<>(Requirement.class);

    static {
        for (Requirement requirement : Requirement.values()) {
            REQUIREMENT_KEYS.put(requirement, "requirements." + requirement.code());
        }
    }

    private RecordReader() {
    }

    public static Point readPoint(String file, YamlNode root, List<ReadProblem> problems) {
        return readPoint(file, root, problems, TextPool.NONE);
    }

    /** A point, its often repeated texts taken from (and added to) {@code pool}. */
    public static Point readPoint(String file, YamlNode root, List<ReadProblem> problems, TextPool pool) {
        YamlNode.Mapping mapping = checkedRoot(file, root, RecordFormat.POINT, problems);
        if (mapping == null) {
            return null;
        }
        MappingReader in = new MappingReader(file, mapping);
        String id = in.text("id");
        String name = in.text("name");
        PointKind kind = in.code("kind", PointKind.class);
        Channel channel = in.code("channel", Channel.class);
        String organization = pool.share(in.text("organization"));
        String unit = pool.share(in.text("unit"));
        String address = in.text("address");
        List<ProcessLink> links = links(file, in.list("processes"), pool);
        List<Basis> basis = basis(file, in.list("basis"), pool);
        Map<Requirement, Assessment> requirements = requirements(in);
        String survey = pool.share(in.text("survey"));
        Demand demand = in.code("demand", Demand.class);
        Boolean appealsTracked = in.bool("appeals-tracked");
        List<AccessibilityFeature> accessibility = MappingReader.codes(in.list("accessibility"),
                AccessibilityFeature.class);
        Boolean history = in.bool("history");
        String note = pool.share(in.text("note"));
        return new Point(id, name, kind, channel, organization, unit, address, links, basis, requirements, survey,
                demand == null ? Demand.NORMAL : demand, appealsTracked == null || appealsTracked,
                List.copyOf(accessibility), history != null && history, note, in.origin().build());
    }

    public static InteractionProcess readProcess(String file, YamlNode root, List<ReadProblem> problems) {
        return readProcess(file, root, problems, TextPool.NONE);
    }

    /** A process, its often repeated texts taken from (and added to) {@code pool}. */
    public static InteractionProcess readProcess(String file, YamlNode root, List<ReadProblem> problems,
                                                 TextPool pool) {
        YamlNode.Mapping mapping = checkedRoot(file, root, RecordFormat.PROCESS, problems);
        if (mapping == null) {
            return null;
        }
        MappingReader in = new MappingReader(file, mapping);
        String id = in.text("id");
        String name = in.text("name");
        ClientType client = in.code("client", ClientType.class);
        ProcessCategory category = in.code("category", ProcessCategory.class);
        ProcessScope scope = in.code("scope", ProcessScope.class);
        String unit = pool.share(in.text("unit"));
        List<Basis> basis = basis(file, in.list("basis"), pool);
        String note = pool.share(in.text("note"));
        Origin origin = in.origin().build();
        if (client != null && category != null && category.client() != client) {
            problems.add(new ReadProblem(ReadProblem.Kind.STRUCTURE, origin.at("category"),
                    Message.of("category-client", category, client), Message.of("hint.category-client")));
        }
        return new InteractionProcess(id, name, client, category, scope, unit, basis, note, origin);
    }

    public static RegisterHeader readHeader(String file, YamlNode root, List<ReadProblem> problems) {
        YamlNode.Mapping mapping = checkedRoot(file, root, RecordFormat.REGISTER, problems);
        if (mapping == null) {
            return RegisterHeader.unreadable();
        }
        MappingReader in = new MappingReader(file, mapping);
        Integer format = in.whole("format");
        if (format != null && format != RecordFormat.VERSION) {
            Location at = in.origin().build().at("format");
            problems.add(new ReadProblem(ReadProblem.Kind.STRUCTURE, at, Message.of("unsupported-format", format),
                    Message.of("hint.format", RecordFormat.VERSION)));
        }
        String title = in.text("title");
        String locale = in.text("locale");
        List<Organization> organizations = new ArrayList<>();
        for (YamlNode.Mapping item : mappings(in.list("organizations"))) {
            MappingReader org = new MappingReader(file, item);
            organizations.add(new Organization(org.text("id"), org.text("name"),
                    org.code("role", OrganizationRole.class), org.origin().build()));
        }
        List<Unit> units = new ArrayList<>();
        for (YamlNode.Mapping item : mappings(in.list("units"))) {
            MappingReader unit = new MappingReader(file, item);
            String id = unit.text("id");
            String name = unit.text("name");
            String organization = unit.text("organization");
            List<String> reviewers = texts(unit.list("reviewers"));
            units.add(new Unit(id, name, organization, reviewers, unit.origin().build()));
        }
        AuthorizedPerson person = null;
        YamlNode.Mapping personNode = in.mapping("authorized-person");
        if (personNode != null) {
            MappingReader p = new MappingReader(file, personNode);
            person = new AuthorizedPerson(p.text("name"), p.text("position"), p.text("unit"), p.origin().build());
        }
        List<RuleSetting> settings = new ArrayList<>();
        YamlNode.Mapping rules = in.mapping("rules");
        if (rules != null) {
            for (YamlNode.Entry entry : rules.entries()) {
                YamlNode value = entry.value();
                settings.add(new RuleSetting(entry.key().text(), MappingReader.text(value),
                        new Location(file, value.line(), value.column())));
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        YamlNode.Mapping calendar = in.mapping("calendar");
        if (calendar != null) {
            MappingReader c = new MappingReader(file, calendar);
            holidays = dates(c.list("holidays"));
            workdays = dates(c.list("workdays"));
        }
        return new RegisterHeader(format, title, locale, List.copyOf(organizations), List.copyOf(units), person,
                List.copyOf(settings), List.copyOf(holidays), List.copyOf(workdays), in.origin().build());
    }

    private static YamlNode.Mapping checkedRoot(String file, YamlNode root, Shape.Fields shape,
                                                List<ReadProblem> problems) {
        if (!(root instanceof YamlNode.Mapping mapping)) {
            int line = root == null ? 0 : root.line();
            int column = root == null ? 0 : root.column();
            problems.add(new ReadProblem(ReadProblem.Kind.STRUCTURE, new Location(file, line, column),
                    Message.of("root-not-mapping"), Message.of("hint.root-mapping")));
            return null;
        }
        new StructureCheck(file, problems).check(mapping, shape, FieldPath.ROOT);
        return mapping;
    }

    private static List<ProcessLink> links(String file, List<YamlNode> items, TextPool pool) {
        if (items == null) {
            return null;
        }
        List<ProcessLink> links = new ArrayList<>(items.size());
        for (YamlNode.Mapping item : mappings(items)) {
            MappingReader link = new MappingReader(file, item);
            String process = pool.share(link.text("process"));
            List<Need> needs = MappingReader.codes(link.list("needs"), Need.class);
            String other = pool.share(link.text("other"));
            links.add(new ProcessLink(process, List.copyOf(needs), other, link.origin().build()));
        }
        return List.copyOf(links);
    }

    private static List<Basis> basis(String file, List<YamlNode> items, TextPool pool) {
        if (items == null) {
            return null;
        }
        List<Basis> basis = new ArrayList<>(items.size());
        for (YamlNode.Mapping item : mappings(items)) {
            MappingReader b = new MappingReader(file, item);
            basis.add(new Basis(b.code("type", BasisType.class), pool.share(b.text("title")), b.origin().build()));
        }
        return List.copyOf(basis);
    }

    private static Map<Requirement, Assessment> requirements(MappingReader in) {
        YamlNode.Mapping node = in.mapping("requirements");
        if (node == null) {
            return null;
        }
        Map<Requirement, Assessment> assessments = new EnumMap<>(Requirement.class);
        for (YamlNode.Entry entry : node.entries()) {
            Requirement requirement = MappingReader.code(entry.key(), Requirement.class);
            if (requirement == null) {
                continue;
            }
            // A value that is not a known assessment stays as null: the key was written, the schema rule names the value.
            assessments.put(requirement, MappingReader.code(entry.value(), Assessment.class));
            YamlNode at = entry.value() instanceof YamlNode.Scalar s && s.isNull() ? entry.key() : entry.value();
            in.origin().put(REQUIREMENT_KEYS.get(requirement), at.line(), at.column());
        }
        return assessments;
    }

    private static List<YamlNode.Mapping> mappings(List<YamlNode> items) {
        if (items == null) {
            return List.of();
        }
        List<YamlNode.Mapping> mappings = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping mapping) {
                mappings.add(mapping);
            }
        }
        return mappings;
    }

    private static List<String> texts(List<YamlNode> items) {
        if (items == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode item : items) {
            String text = MappingReader.text(item);
            if (text != null) {
                texts.add(text);
            }
        }
        return List.copyOf(texts);
    }

    private static List<LocalDate> dates(List<YamlNode> items) {
        List<LocalDate> dates = new ArrayList<>();
        if (items == null) {
            return dates;
        }
        for (YamlNode item : items) {
            String text = MappingReader.text(item);
            if (text == null) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                // reported by the structure check
            }
        }
        return dates;
    }
}
