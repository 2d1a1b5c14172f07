package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.ClientType;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Demand;
import ru.perechen.tp.model.InteractionProcess;
import ru.perechen.tp.model.Need;
import ru.perechen.tp.model.Organization;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.ProcessLink;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.model.Unit;

/**
 * {@code index.html}: the register for a reader with a browser and a file share, in one file with
 * no network resources: the approval, the register by process and by point, filters and a search
 * box (a little plain JavaScript over data embedded as JSON), counts, the changes since the previous
 * approved version, and a print style. Every text from the register is escaped; the page is the
 * same bytes for the same snapshot.
 */
final class HtmlPageWriter {

    static final String FILE = "index.html";

    private final Snapshot snapshot;
    private final Register register;
    private final Texts texts;
    private final RecordOrder order;
    private final List<Point> points;
    private final List<InteractionProcess> processes;
    /** Escaped labels and words, made once: the same few hundred strings go into every row. */
    private final Map<Code, String> labels = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    private final TextCache<Map<Requirement, Assessment>> requirementsHtml = new TextCache<>(this::requirements);

    HtmlPageWriter(Snapshot snapshot) {
        this(snapshot, RecordOrder.of(snapshot.register()));
    }

    HtmlPageWriter(Snapshot snapshot, RecordOrder order) {
        this.snapshot = snapshot;
        this.register = snapshot.register();
        this.texts = Texts.of(snapshot.locale());
        this.order = order;
        this.points = order.points();
        this.processes = order.processes();
    }

    void write(OutputStream stream) throws IOException {
        Utf8Output out = new Utf8Output(stream);
        head(out);
        out.write("<body>\n<a class=\"skip\" href=\"#main\">" + t("page.skip") + "</a>\n");
        if (snapshot.draft()) {
            out.write("<div class=\"draft-banner\" role=\"note\"><strong>" + t("page.draft") + "</strong> "
                    + t("page.draft-note") + "</div>\n");
            out.write("<div class=\"draft-mark\" aria-hidden=\"true\">" + t("page.draft") + "</div>\n");
        }
        header(out);
        out.write("<nav class=\"sections\" aria-label=\"" + t("page.sections") + "\"><ul>"
                + "<li><a href=\"#by-process\">" + t("page.by-process") + "</a></li>"
                + "<li><a href=\"#by-point\">" + t("page.by-point") + "</a></li>"
                + "<li><a href=\"#changes\">" + t("page.changes") + "</a></li>"
                + "<li><a href=\"#files\">" + t("page.files") + "</a></li></ul></nav>\n");
        out.write("<main id=\"main\">\n");
        summary(out);
        filters(out);
        byProcess(out);
        byPoint(out);
        changes(out);
        out.write("</main>\n");
        footer(out);
        data(out);
        out.write("<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
        stream.flush();
    }

    private String t(String key, Object... args) {
        return Html.escape(texts.get(key, args));
    }

    private String label(Code code) {
        if (code == null) {
            return "";
        }
        return labels.computeIfAbsent(code, c -> Html.escape(texts.label(c)));
    }

    /** A text of the page without arguments, escaped, made once. */
    private String word(String key) {
        return words.computeIfAbsent(key, k -> Html.escape(texts.get(k)));
    }

    private String date(LocalDate date) {
        DateTimeFormatter format = "en".equals(texts.language())
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
        return date.format(format);
    }

    private void head(Utf8Output out) throws IOException {
        String title = Objects.requireNonNullElse(register.header().title(), texts.get("page.untitled"));
        String version = snapshot.approval().map(ApprovedVersion::tag).orElse(texts.get("page.draft"));
        out.write("<!DOCTYPE html>\n<html lang=\"" + texts.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"tp " + Html.escape(snapshot.tool()) + "\">\n"
                + "<title>" + (snapshot.draft() ? t("page.draft") + " — " : "") + Html.escape(title) + " ("
                + Html.escape(version) + ")</title>\n<style>\n" + STYLE + "</style>\n</head>\n");
    }

    private void header(Utf8Output out) throws IOException {
        out.write("<header class=\"document\">\n");
        Organization ministry = register.header().organizations().stream()
                .filter(o -> o.role() == ru.perechen.tp.model.OrganizationRole.MINISTRY).findFirst().orElse(null);
        if (ministry != null && ministry.name() != null) {
            out.write("<p class=\"issuer\">" + Html.escape(ministry.name()) + "</p>\n");
        }
        String title = Objects.requireNonNullElse(register.header().title(), texts.get("page.untitled"));
        out.write("<h1>" + (snapshot.draft() ? "<span class=\"draft-word\">" + t("page.draft") + "</span> " : "")
                + Html.escape(title) + "</h1>\n<dl class=\"approval\">\n");
        if (snapshot.approval().isPresent()) {
            ApprovedVersion approval = snapshot.approval().get();
            out.write(term("page.approved-by", Html.escape(approval.act())));
            out.write(term("page.approved-on", "<time datetime=\"" + approval.date() + "\">" + date(approval.date())
                    + "</time>"));
            out.write(term("page.version", "<code>" + Html.escape(approval.tag()) + "</code>"));
            out.write(term("page.commit", "<code>" + Html.escape(approval.commit()) + "</code>"));
        } else {
            out.write(term("page.approved-by", t("page.not-approved")));
            out.write(term("page.version", t("page.draft-version")));
        }
        if (snapshot.previous().isPresent()) {
            ApprovedVersion previous = snapshot.previous().get();
            out.write(term("page.previous", "<code>" + Html.escape(previous.tag()) + "</code>, "
                    + Html.escape(previous.act())));
        }
        if (register.header().authorizedPerson() != null && register.header().authorizedPerson().name() != null) {
            var person = register.header().authorizedPerson();
            out.write(term("page.keeper", Html.escape(person.name())
                    + (person.position() == null ? "" : ", " + Html.escape(person.position()))));
        }
        out.write("</dl>\n</header>\n");
    }

    private String term(String key, String valueHtml) {
        return "<div><dt>" + t(key) + "</dt><dd>" + valueHtml + "</dd></div>\n";
    }

    private void summary(Utf8Output out) throws IOException {
        long online = points.stream().filter(p -> p.effectiveChannel() == Channel.ONLINE).count();
        long offline = points.stream().filter(p -> p.effectiveChannel() == Channel.OFFLINE).count();
        long external = processes.stream().filter(p -> p.client() == ClientType.EXTERNAL).count();
        long internal = processes.stream().filter(p -> p.client() == ClientType.INTERNAL).count();
        out.write("<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">"
                + t("page.summary") + "</h2>\n<ul class=\"counts\">\n");
        out.write(count(points.size(), t("page.count-points"), t("page.count-channels", online, offline)));
        out.write(count(processes.size(), t("page.count-processes"), t("page.count-clients", external, internal)));
        out.write(count(register.header().organizations().size(), t("page.count-organizations"), ""));
        out.write(count(register.header().units().size(), t("page.count-units"), ""));
        out.write(count(snapshot.changes().size(), t("page.count-changes"), ""));
        out.write("</ul>\n</section>\n");
    }

    private static String count(long value, String what, String detail) {
        return "<li><span class=\"number\">" + value + "</span> <span class=\"what\">" + what + "</span>"
                + (detail.isEmpty() ? "" : " <span class=\"detail\">" + detail + "</span>") + "</li>\n";
    }

    /** The filter form: hidden until the script shows it, so a page without scripts shows no dead controls. */
    private void filters(Utf8Output out) throws IOException {
        out.write("<section id=\"filters\" class=\"filters\" aria-labelledby=\"filters-title\" hidden>\n<h2 id=\"filters-title\">"
                + t("page.filters") + "</h2>\n<form id=\"filter-form\" role=\"search\">\n");
        out.write("<div class=\"field field-search\"><label for=\"f-search\">" + t("filter.search") + "</label>"
                + "<input type=\"search\" id=\"f-search\" name=\"q\" autocomplete=\"off\" placeholder=\""
                + t("filter.search-hint") + "\"></div>\n");
        select(out, "f-channel", "filter.channel", codes(points.stream().map(Point::effectiveChannel)));
        select(out, "f-kind", "filter.kind", codes(points.stream().map(Point::kind)));
        Map<String, String> organizations = new LinkedHashMap<>();
        for (Organization organization : register.header().organizations()) {
            if (organization.id() != null) {
                organizations.putIfAbsent(organization.id(), Objects.requireNonNullElse(organization.name(),
                        organization.id()));
            }
        }
        select(out, "f-organization", "filter.organization", organizations);
        Map<String, String> units = new LinkedHashMap<>();
        for (Unit unit : register.header().units()) {
            if (unit.id() != null) {
                units.putIfAbsent(unit.id(), Objects.requireNonNullElse(unit.name(), unit.id()));
            }
        }
        select(out, "f-unit", "filter.unit", units);
        select(out, "f-client", "filter.client", codes(processes.stream().map(InteractionProcess::client)));
        out.write("<div class=\"field field-reset\"><button type=\"reset\" id=\"f-reset\">" + t("filter.reset")
                + "</button></div>\n</form>\n");
        out.write("<p id=\"shown\" class=\"shown\" role=\"status\" aria-live=\"polite\" data-template=\""
                + t("filter.shown") + "\"></p>\n</section>\n");
    }

    /** The codes that occur, in the Order's sequence, with their labels. */
    private <E extends Enum<E> & Code> Map<String, String> codes(java.util.stream.Stream<E> values) {
        Set<E> present = values.filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        Map<String, String> options = new LinkedHashMap<>();
        for (E value : present) {
            options.put(value.code(), texts.label(value));
        }
        return options;
    }

    private void select(Utf8Output out, String id, String labelKey, Map<String, String> options) throws IOException {
        out.write("<div class=\"field\"><label for=\"" + id + "\">" + t(labelKey) + "</label><select id=\"" + id
                + "\"><option value=\"\">" + t("filter.all") + "</option>");
        for (Map.Entry<String, String> option : options.entrySet()) {
            out.write("<option value=\"" + Html.escape(option.getKey()) + "\">" + Html.escape(option.getValue())
                    + "</option>");
        }
        out.write("</select></div>\n");
    }

    private void byProcess(Utf8Output out) throws IOException {
        out.write("<section id=\"by-process\" aria-labelledby=\"by-process-title\">\n<h2 id=\"by-process-title\">"
                + t("page.by-process-title") + "</h2>\n");
        if (processes.isEmpty()) {
            out.write("<p class=\"empty\">" + t("page.no-processes") + "</p>\n");
        }
        for (InteractionProcess process : processes) {
            String anchor = Html.anchor("process-", process.id());
            out.write("<article class=\"process\" id=\"" + anchor + "\" data-process=\"" + Html.escape(process.id())
                    + "\" aria-labelledby=\"" + anchor + "-title\">\n<h3 id=\"" + anchor + "-title\"><span class=\"id\">"
                    + Html.escape(process.id()) + "</span> " + Html.escape(process.name()) + "</h3>\n");
            List<String> meta = new ArrayList<>();
            meta.add(label(process.client()));
            meta.add(label(process.category()));
            meta.add(label(process.scope()));
            register.unit(Objects.requireNonNullElse(process.unit(), "")).map(Unit::name).map(Html::escape)
                    .ifPresent(meta::add);
            out.write("<p class=\"meta\">" + meta.stream().filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(" · ")) + "</p>\n");
            List<Point> linking = order.pointsOf(process.id());
            if (linking.isEmpty()) {
                out.write("<p class=\"empty\">" + word("page.no-points") + "</p>\n</article>\n");
                continue;
            }
            out.write("<table class=\"process-points\">\n<caption class=\"visually-hidden\">"
                    + t("page.points-of", process.id()) + "</caption>\n<thead><tr>"
                    + "<th scope=\"col\" class=\"c-id\">" + word("page.col-id") + "</th>"
                    + "<th scope=\"col\">" + word("page.col-point") + "</th>"
                    + "<th scope=\"col\">" + word("page.col-kind") + "</th>"
                    + "<th scope=\"col\">" + word("page.col-address") + "</th>"
                    + "<th scope=\"col\">" + word("page.col-needs") + "</th></tr></thead>\n<tbody>\n");
            for (Point point : linking) {
                out.write("<tr data-point=\"");
                Html.escape(point.id(), out);
                out.write("\"><td class=\"c-id\"><a href=\"#");
                Html.anchor("point-", point.id(), out);
                out.write("\">");
                Html.escape(point.id(), out);
                out.write("</a></td><td>");
                Html.escape(point.name(), out);
                out.write("</td><td>");
                out.write(label(point.kind()));
                out.write(" <span class=\"channel\">(");
                out.write(label(point.effectiveChannel()));
                out.write(")</span></td><td class=\"address\">");
                Html.link(Html.href(point.kind(), point.address()), point.address(), out);
                out.write("</td><td>");
                needs(point, process.id(), out);
                out.write("</td></tr>\n");
            }
            out.write("</tbody>\n</table>\n</article>\n");
        }
        out.write("</section>\n");
    }

    /** The needs a point meets in a process, as a list (a point links a process once, 4.11). */
    private void needs(Point point, String processId, Utf8Output out) throws IOException {
        List<ProcessLink> links = point.processes() == null ? List.of() : point.processes();
        boolean any = false;
        for (ProcessLink link : links) {
            any |= Objects.equals(link.process(), processId) && link.needs() != null && !link.needs().isEmpty();
        }
        if (!any) {
            return;
        }
        out.write("<ul class=\"needs\">");
        for (ProcessLink link : links) {
            if (!Objects.equals(link.process(), processId) || link.needs() == null) {
                continue;
            }
            for (Need need : link.needs()) {
                out.write("<li>");
                out.write(label(need));
                if (need == Need.OTHER && link.other() != null) {
                    out.write(": ");
                    Html.escape(link.other(), out);
                }
                out.write("</li>");
            }
        }
        out.write("</ul>");
    }

    private void byPoint(Utf8Output out) throws IOException {
        out.write("<section id=\"by-point\" aria-labelledby=\"by-point-title\">\n<h2 id=\"by-point-title\">"
                + t("page.by-point-title") + "</h2>\n");
        if (points.isEmpty()) {
            out.write("<p class=\"empty\">" + t("page.no-points") + "</p>\n</section>\n");
            return;
        }
        out.write("<table class=\"points\">\n<caption class=\"visually-hidden\">" + t("page.by-point-title")
                + "</caption>\n<thead><tr>"
                + "<th scope=\"col\" class=\"c-id\">" + t("page.col-id") + "</th>"
                + "<th scope=\"col\">" + t("page.col-point") + "</th>"
                + "<th scope=\"col\">" + t("page.col-organization") + "</th>"
                + "<th scope=\"col\">" + t("page.col-address") + "</th>"
                + "<th scope=\"col\">" + t("page.col-processes") + "</th>"
                + "<th scope=\"col\">" + t("page.col-features") + "</th></tr></thead>\n<tbody>\n");
        for (Point point : points) {
            out.write("<tr id=\"");
            Html.anchor("point-", point.id(), out);
            out.write("\" data-point=\"");
            Html.escape(point.id(), out);
            out.write("\"><th scope=\"row\" class=\"c-id\">");
            Html.escape(point.id(), out);
            out.write("</th><td><span class=\"name\">");
            Html.escape(point.name(), out);
            out.write("</span><span class=\"sub\">");
            out.write(label(point.kind()));
            out.write(" (");
            out.write(label(point.effectiveChannel()));
            out.write(")</span></td><td>");
            Html.escape(organizationName(point.organization()), out);
            out.write("<span class=\"sub\">");
            Html.escape(unitName(point.unit()), out);
            out.write("</span></td><td class=\"address\">");
            Html.link(Html.href(point.kind(), point.address()), point.address(), out);
            out.write("</td><td>");
            links(point, out);
            out.write("</td><td>");
            features(point, out);
            out.write("</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private void links(Point point, Utf8Output out) throws IOException {
        if (point.processes() == null || point.processes().isEmpty()) {
            return;
        }
        out.write("<ul class=\"links\">");
        for (ProcessLink link : point.processes()) {
            out.write("<li><a href=\"#");
            Html.anchor("process-", link.process(), out);
            out.write("\">");
            Html.escape(link.process(), out);
            out.write("</a>");
            if (!labelsEmpty(link.needs())) {
                out.write(": ");
                labels(link.needs(), out);
            }
            if (link.other() != null) {
                out.write(" (");
                Html.escape(link.other(), out);
                out.write(')');
            }
            out.write("</li>");
        }
        out.write("</ul>");
    }

    /** Whether the labels of the codes, joined with {@code "; "}, are an empty text. */
    private boolean labelsEmpty(List<? extends Code> codes) {
        return codes == null || codes.isEmpty() || codes.size() == 1 && label(codes.get(0)).isEmpty();
    }

    /** Writes the labels of the codes, joined with {@code "; "}. */
    private void labels(List<? extends Code> codes, Utf8Output out) throws IOException {
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                out.write("; ");
            }
            out.write(label(codes.get(i)));
        }
    }

    /** What else a reader should know of a point, as a list; nothing when there is nothing to say. */
    private void features(Point point, Utf8Output out) throws IOException {
        boolean accessibility = point.accessibility() != null && !point.accessibility().isEmpty();
        boolean any = accessibility || point.survey() != null || point.demand() == Demand.LOW
                || !point.appealsTracked() || point.history() || point.requirements() != null || point.note() != null;
        if (!any) {
            return;
        }
        String separator = "<ul class=\"features\"><li>";
        if (accessibility) {
            out.write(separator);
            separator = "</li><li>";
            out.write(word("page.accessibility"));
            out.write(": ");
            labels(point.accessibility(), out);
        }
        if (point.survey() != null) {
            out.write(separator);
            separator = "</li><li>";
            out.write(word("page.survey"));
            out.write(": ");
            Html.link(Html.href(point.survey()), point.survey(), out);
        }
        if (point.demand() == Demand.LOW) {
            out.write(separator);
            separator = "</li><li>";
            out.write(label(Demand.LOW));
        }
        if (!point.appealsTracked()) {
            out.write(separator);
            separator = "</li><li>";
            out.write(word("page.appeals-not-tracked"));
        }
        if (point.history()) {
            out.write(separator);
            separator = "</li><li>";
            out.write(word("page.history"));
        }
        if (point.requirements() != null) {
            out.write(separator);
            separator = "</li><li>";
            out.write(requirementsHtml.get(point.requirements()));
        }
        if (point.note() != null) {
            out.write(separator);
            out.write("<span class=\"note\">");
            Html.escape(point.note(), out);
            out.write("</span>");
        }
        out.write("</li></ul>");
    }

    /** How many requirements are met of those assessed, and those not met or met in part. */
    private String requirements(Map<Requirement, Assessment> requirements) {
        long met = 0;
        long assessed = 0;
        StringBuilder gaps = new StringBuilder();
        for (Requirement requirement : Requirement.values()) {
            if (!requirements.containsKey(requirement)) {
                continue;
            }
            Assessment assessment = requirements.get(requirement);
            met += assessment == Assessment.MET ? 1 : 0;
            assessed += assessment != Assessment.NOT_APPLICABLE ? 1 : 0;
            if (assessment == Assessment.NOT_MET || assessment == Assessment.PARTLY) {
                gaps.append(gaps.length() == 0 ? "<ul class=\"gaps\"><li>" : "</li><li>")
                        .append(Html.escape(requirement.letter())).append(") ").append(label(requirement))
                        .append(" — ").append(label(assessment));
            }
        }
        return t("page.requirements-met", met, assessed) + (gaps.length() == 0 ? "" : gaps.append("</li></ul>"));
    }

    private void changes(Utf8Output out) throws IOException {
        out.write("<section id=\"changes\" aria-labelledby=\"changes-title\">\n<h2 id=\"changes-title\">");
        out.write(snapshot.previous().isPresent()
                ? t("page.changes-since", snapshot.previous().get().tag()) : t("page.changes-first"));
        out.write("</h2>\n");
        if (snapshot.changes().isEmpty()) {
            out.write("<p class=\"empty\">" + t("page.no-changes") + "</p>\n</section>\n");
            return;
        }
        SnapshotTables.ChangeTexts changeTexts = new SnapshotTables.ChangeTexts(texts, register);
        out.write("<table class=\"changes\">\n<caption class=\"visually-hidden\">" + t("page.changes")
                + "</caption>\n<thead><tr><th scope=\"col\">" + t("page.col-change") + "</th><th scope=\"col\">"
                + t("page.col-clause") + "</th><th scope=\"col\" class=\"c-id\">" + t("page.col-id")
                + "</th><th scope=\"col\">" + t("page.col-name") + "</th><th scope=\"col\">" + t("page.col-details")
                + "</th></tr></thead>\n<tbody>\n");
        for (Change change : snapshot.changes()) {
            out.write("<tr class=\"change-" + change.type().code() + "\"><td>" + Html.escape(changeTexts.type(change))
                    + "</td><td>" + (change.clause() == null ? "" : Html.escape(change.clause().number()))
                    + "</td><td class=\"c-id\">" + Html.escape(change.id()) + "</td><td>"
                    + Html.escape(changeTexts.name(change)) + "</td><td>" + Html.escape(changeTexts.details(change))
                    + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private void footer(Utf8Output out) throws IOException {
        out.write("<footer id=\"files\" class=\"document-footer\">\n<h2>" + t("page.files") + "</h2>\n<ul class=\"file-list\">"
                + "<li><a href=\"perechen.xlsx\">perechen.xlsx</a> — " + t("page.file-xlsx") + "</li>"
                + "<li><a href=\"perechen.csv\">perechen.csv</a> — " + t("page.file-csv") + "</li>"
                + "<li><a href=\"perechen.json\">perechen.json</a> — " + t("page.file-json") + "</li>"
                + "<li><a href=\"manifest.json\">manifest.json</a> — " + t("page.file-manifest") + "</li></ul>\n"
                + "<p class=\"generated\">" + t("page.generated", snapshot.tool()) + "</p>\n</footer>\n");
    }

    /** The data the filters work on, one entry per point and process, as JSON safe inside a script element. */
    private void data(Utf8Output out) throws IOException {
        out.write("<script type=\"application/json\" id=\"tp-data\">");
        ScriptJson json = new ScriptJson(out);
        SearchText search = new SearchText(texts.locale());
        json.startObject();
        json.name("points");
        json.startObject();
        for (Point point : points) {
            if (point.id() == null) {
                continue;
            }
            json.name(point.id());
            json.startObject();
            json.field("channel", code(point.effectiveChannel()));
            json.field("kind", code(point.kind()));
            json.field("organization", Objects.requireNonNullElse(point.organization(), ""));
            json.field("unit", Objects.requireNonNullElse(point.unit(), ""));
            json.name("clients");
            json.startArray();
            Set<String> clients = new TreeSet<>();
            for (ProcessLink link : point.processes() == null ? List.<ProcessLink>of() : point.processes()) {
                register.process(Objects.requireNonNullElse(link.process(), ""))
                        .map(InteractionProcess::client).filter(Objects::nonNull)
                        .ifPresent(client -> clients.add(client.code()));
            }
            for (String client : clients) {
                json.value(client);
            }
            json.endArray();
            json.name("text");
            json.value(search.clear().add(point.id()).add(point.name()).add(point.address())
                    .add(texts.label(point.kind())).add(organizationName(point.organization()))
                    .add(unitName(point.unit())).add(point.note()));
            json.endObject();
        }
        json.endObject();
        json.name("processes");
        json.startObject();
        for (InteractionProcess process : processes) {
            if (process.id() == null) {
                continue;
            }
            json.name(process.id());
            json.startObject();
            json.field("client", code(process.client()));
            json.name("text");
            json.value(search.clear().add(process.id()).add(process.name()).add(texts.label(process.category()))
                    .add(process.note()));
            json.endObject();
        }
        json.endObject();
        json.endObject();
        out.write("</script>\n");
    }

    private static String code(Code code) {
        return code == null ? "" : code.code();
    }

    private String organizationName(String id) {
        return id == null ? "" : register.organization(id).map(Organization::name).orElse(id);
    }

    private String unitName(String id) {
        return id == null ? "" : register.unit(id).map(Unit::name).orElse(id);
    }

    private static final String STYLE = """
            :root{--ink:#1b1f24;--muted:#4a5360;--rule:#c9d1dc;--head:#0b3a6e;--band:#eef2f7;--focus:#ffbf47;--draft:#a4161a}
            *{box-sizing:border-box}
            html{font-size:16px}
            body{margin:0;color:var(--ink);background:#fff;font-family:"PT Sans","Segoe UI",Arial,"Helvetica Neue",sans-serif;line-height:1.5}
            a{color:#0b4f9c}
            a:visited{color:#5a3d8a}
            a:focus,button:focus,select:focus,input:focus{outline:3px solid var(--focus);outline-offset:1px}
            .skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
            .skip:focus{left:1rem}
            .visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            header.document,nav.sections,main,footer.document-footer{max-width:82rem;margin:0 auto;padding:0 1.25rem}
            header.document{border-top:6px solid var(--head);padding-top:1.25rem;padding-bottom:.5rem}
            .issuer{margin:0;text-transform:uppercase;letter-spacing:.04em;font-size:.85rem;color:var(--muted)}
            h1{font-family:"PT Serif",Georgia,"Times New Roman",serif;font-size:1.75rem;line-height:1.25;margin:.35rem 0 1rem;color:var(--head)}
            h2{font-family:"PT Serif",Georgia,"Times New Roman",serif;font-size:1.35rem;color:var(--head);border-bottom:2px solid var(--head);padding-bottom:.25rem;margin:2rem 0 1rem}
            h3{font-size:1.05rem;margin:0 0 .25rem}
            .approval{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem 1.5rem;margin:0;padding:.75rem 1rem;background:var(--band);border-left:4px solid var(--head)}
            .approval div{min-width:0}
            .approval dt{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
            .approval dd{margin:0;font-weight:600;overflow-wrap:anywhere}
            code{font-family:"PT Mono",Consolas,monospace;font-size:.9em}
            nav.sections ul{list-style:none;margin:1rem auto 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
            .counts{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.75rem}
            .counts li{border:1px solid var(--rule);padding:.5rem .9rem;min-width:10rem}
            .counts .number{display:block;font-size:1.6rem;font-weight:700;color:var(--head)}
            .counts .detail{display:block;font-size:.85rem;color:var(--muted)}
            .filters form{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;padding:1rem;background:var(--band);border:1px solid var(--rule)}
            .field{display:flex;flex-direction:column;min-width:11rem;max-width:22rem;flex:1 1 11rem}
            .field-search{flex:2 1 18rem;max-width:none}
            .field-reset{flex:0 0 auto;min-width:0}
            label{font-size:.85rem;font-weight:600;margin-bottom:.2rem}
            select,input[type=search]{font:inherit;padding:.35rem .5rem;border:1px solid #6b7685;border-radius:2px;background:#fff;color:var(--ink);max-width:100%}
            button{font:inherit;padding:.4rem 1rem;border:1px solid var(--head);background:#fff;color:var(--head);border-radius:2px;cursor:pointer}
            button:hover{background:var(--band)}
            .shown{font-weight:600;margin:.5rem 0 0}
            .process{border:1px solid var(--rule);border-left:4px solid var(--head);padding:.75rem 1rem;margin:0 0 1rem}
            .process .id,.c-id{font-family:"PT Mono",Consolas,monospace;white-space:nowrap}
            .process .id{color:var(--muted);margin-right:.35rem}
            .meta{margin:0 0 .5rem;color:var(--muted);font-size:.9rem}
            table{border-collapse:collapse;width:100%;font-size:.92rem}
            th,td{border:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
            thead th{background:var(--band);font-weight:700}
            tbody tr:nth-child(even){background:#fafbfd}
            tbody th{font-weight:600}
            .address{overflow-wrap:anywhere;min-width:10rem}
            .name{display:block;font-weight:600}
            .sub{display:block;color:var(--muted);font-size:.85rem}
            .channel{color:var(--muted)}
            ul.needs,ul.links,ul.features,ul.gaps{margin:0;padding-left:1.1rem}
            ul.gaps{font-size:.85rem;color:var(--muted)}
            .note{color:var(--muted)}
            .empty{color:var(--muted);font-style:italic}
            .draft-banner{background:var(--draft);color:#fff;text-align:center;padding:.6rem 1rem;font-size:1.05rem}
            .draft-banner strong{letter-spacing:.15em;margin-right:.5rem}
            .draft-word{color:var(--draft);letter-spacing:.1em}
            .draft-mark{display:none}
            footer.document-footer{margin-top:2rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
            footer.document-footer h2{font-size:1.1rem}
            [hidden]{display:none!important}
            @media print{
              @page{size:A4 landscape;margin:12mm}
              html{font-size:10pt}
              .skip,nav.sections,.filters,.file-list{display:none!important}
              header.document,main,footer.document-footer{max-width:none;padding:0}
              a{color:inherit;text-decoration:none}
              .approval{background:none;border:1px solid #000}
              thead{display:table-header-group}
              tr,.process h3,.counts li{break-inside:avoid}
              .process{break-inside:auto;border-color:#000}
              th,td{border-color:#777}
              tbody tr:nth-child(even){background:none}
              #by-point,#changes{break-before:page}
              .draft-banner{background:none;color:#000;border:2px solid #000}
              .draft-mark{display:block;position:fixed;top:40%;left:0;right:0;text-align:center;font-size:96pt;font-weight:700;color:rgba(164,22,26,.14);transform:rotate(-24deg);z-index:-1}
            }
            """;

    /**
     * The filters: plain ES5 so that the page works in any browser a ministry has, from a file share,
     * with nothing loaded from the network. Reads the embedded data, hides what does not match.
     */
    private static final String SCRIPT = """
            (function () {
              'use strict';
              var dataElement = document.getElementById('tp-data');
              var section = document.getElementById('filters');
              if (!dataElement || !section || !document.querySelectorAll) { return; }
              var data = JSON.parse(dataElement.textContent);
              var form = document.getElementById('filter-form');
              var shown = document.getElementById('shown');
              var controls = {
                search: document.getElementById('f-search'), channel: document.getElementById('f-channel'),
                kind: document.getElementById('f-kind'), organization: document.getElementById('f-organization'),
                unit: document.getElementById('f-unit'), client: document.getElementById('f-client')
              };
              section.hidden = false;
              function norm(s) { return (s || '').toLowerCase().replace(/ё/g, 'е').replace(/^\\s+|\\s+$/g, ''); }
              function pointMatches(p, f) {
                return (!f.channel || p.channel === f.channel) && (!f.kind || p.kind === f.kind)
                  && (!f.organization || p.organization === f.organization) && (!f.unit || p.unit === f.unit);
              }
              function apply() {
                var f = { channel: controls.channel.value, kind: controls.kind.value,
                  organization: controls.organization.value, unit: controls.unit.value,
                  client: controls.client.value, q: norm(controls.search.value) };
                var visiblePoints = {}, visibleProcesses = 0, countPoints = 0;
                var articles = document.querySelectorAll('article.process');
                for (var i = 0; i < articles.length; i++) {
                  var article = articles[i];
                  var process = data.processes[article.getAttribute('data-process')] || { client: '', text: '' };
                  var processOk = !f.client || process.client === f.client;
                  var processText = !f.q || process.text.indexOf(f.q) >= 0;
                  var rows = article.querySelectorAll('tr[data-point]');
                  var any = false;
                  for (var j = 0; j < rows.length; j++) {
                    var id = rows[j].getAttribute('data-point');
                    var p = data.points[id];
                    var ok = processOk && p && pointMatches(p, f) && (processText || p.text.indexOf(f.q) >= 0);
                    rows[j].hidden = !ok;
                    if (ok) { any = true; }
                  }
                  var show = rows.length ? any : (processOk && processText && !f.channel && !f.kind && !f.organization && !f.unit);
                  article.hidden = !show;
                  if (show) { visibleProcesses++; }
                }
                var pointRows = document.querySelectorAll('table.points tr[data-point]');
                for (var k = 0; k < pointRows.length; k++) {
                  var pid = pointRows[k].getAttribute('data-point');
                  var point = data.points[pid];
                  var pok = point && pointMatches(point, f) && (!f.client || point.clients.indexOf(f.client) >= 0)
                    && (!f.q || point.text.indexOf(f.q) >= 0);
                  pointRows[k].hidden = !pok;
                  if (pok && !visiblePoints[pid]) { visiblePoints[pid] = true; countPoints++; }
                }
                shown.textContent = shown.getAttribute('data-template')
                  .replace('{0}', countPoints).replace('{1}', pointRows.length)
                  .replace('{2}', visibleProcesses).replace('{3}', articles.length);
              }
              // A filtered view can be linked to: index.html?channel=offline&q=телефон
              var query = (window.location.search || '').replace(/^\\?/, '').split('&');
              for (var q = 0; q < query.length; q++) {
                var pair = query[q].split('=');
                var key = pair[0] === 'q' ? 'search' : pair[0];
                if (pair.length === 2 && Object.prototype.hasOwnProperty.call(controls, key) && controls[key]) {
                  try { controls[key].value = decodeURIComponent(pair[1].replace(/\\+/g, ' ')); } catch (e) { /* not a value */ }
                }
              }
              for (var name in controls) {
                if (Object.prototype.hasOwnProperty.call(controls, name) && controls[name]) {
                  controls[name].addEventListener(name === 'search' ? 'input' : 'change', apply);
                }
              }
              form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
              form.addEventListener('reset', function () { setTimeout(apply, 0); });
              apply();
            })();
            """;
}
