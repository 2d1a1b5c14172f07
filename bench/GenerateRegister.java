import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates a deterministic synthetic register for the benchmark: N points and N/5 processes,
 * realistic Russian text, every kind and need, points spread over sub-folders, valid under every
 * rule of tp validate. With --mutate it changes 1 % of the points of an existing register (kinds
 * within a channel, needs, moves to another folder), as a second version would.
 *
 * Run with the JDK's single-file launcher, no build needed:
 *   java bench/GenerateRegister.java OUT_DIR POINTS [SEED]
 *   java bench/GenerateRegister.java --mutate DIR SEED PERCENT
 */
public final class GenerateRegister {

    // Online and offline kinds interleaved, so that any two consecutive kinds give one of each channel.
    private static final String[] KINDS = {
        "website", "phone", "social-public", "reception", "messenger-channel", "paper", "online-service",
        "internal-office", "feedback-widget", "client-workplace", "gosuslugi", "request-log", "personal-chat",
        "in-person", "edms", "phone", "email", "reception", "video-conference", "paper", "workstation", "in-person"};
    private static final String[] ONLINE_REQUIREMENTS = {"public", "official-appeals", "free-access",
        "data-protection", "action-feedback", "easy-forms", "satisfaction-rating", "reply-templates", "survey-link"};
    private static final String[] OFFLINE_REQUIREMENTS = {"receipt-notice", "complete-answer", "knowledge-base",
        "quick-feedback"};
    private static final String[] NEEDS = {"information", "consultation", "forms", "submission", "result",
        "inspection", "feedback", "feedback-result", "other"};
    private static final String[][] CATEGORIES = {
        {"public-services", "external"}, {"support-measures", "external"}, {"control-supervision", "external"},
        {"appeals", "external"}, {"employee-relations", "external"}, {"activity-information", "external"},
        {"equipment", "internal"}, {"work-regulation", "internal"}, {"work-automation", "internal"},
        {"cooperation", "internal"}, {"professional-development", "internal"}, {"career-growth", "internal"},
        {"team-relations", "internal"}, {"work-elements", "internal"}, {"hr-requests", "internal"},
        {"rulemaking-contracts", "internal"}};
    private static final String[] ORGANIZATIONS = {"minkult", "library", "museum", "mfc"};
    private static final String[] SUBJECTS = {"объектов культурного наследия", "народных художественных промыслов",
        "библиотечного обслуживания", "музейных фондов", "грантов в сфере культуры", "культурно-досуговой деятельности",
        "образования в сфере культуры", "гастрольной деятельности", "архивных документов", "творческих коллективов"};
    private static final String[] ACTIONS = {"Выдача разрешений в сфере", "Государственная поддержка",
        "Консультирование по вопросам", "Согласование проектов в сфере", "Учёт и контроль",
        "Информирование о развитии", "Приём заявлений по вопросам", "Организация мероприятий в сфере"};
    private static final String[] STREETS = {"ул. Ленина", "ул. Дзержинского", "Красная площадь", "ул. Радищева",
        "ул. Луначарского", "ул. Верхняя Луговая", "проспект Победы", "ул. Сумская"};

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("--mutate")) {
            mutate(Path.of(args[1]), Long.parseLong(args[2]), Double.parseDouble(args[3]));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateRegister.java OUT_DIR POINTS [SEED]");
            System.exit(2);
        }
        generate(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 46L);
    }

    static void generate(Path out, int points, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int processes = Math.max(CATEGORIES.length, points / 5);
        Files.createDirectories(out.resolve("points"));
        Files.createDirectories(out.resolve("processes"));
        write(out.resolve("register.yaml"), header());
        for (int p = 0; p < processes; p++) {
            String[] category = CATEGORIES[p % CATEGORIES.length];
            String text = ACTIONS[random.nextInt(ACTIONS.length)] + " " + SUBJECTS[random.nextInt(SUBJECTS.length)];
            Path file = out.resolve("processes").resolve(String.format("%02d", p % 50)).resolve(processId(p) + ".yaml");
            write(file, process(p, text, category));
        }
        for (int j = 0; j < points; j++) {
            int p = j % processes;
            int round = j / processes;
            String kind = KINDS[(round + p) % KINDS.length];
            String org = ORGANIZATIONS[j % ORGANIZATIONS.length];
            List<Integer> linked = new ArrayList<>(List.of(p));
            int extra = random.nextInt(3);
            for (int e = 0; e < extra; e++) {
                int q = random.nextInt(processes);
                if (!linked.contains(q)) {
                    linked.add(q);
                }
            }
            Path file = out.resolve("points").resolve(org).resolve(String.format("%03d", j % 200))
                    .resolve(pointId(j) + ".yaml");
            write(file, point(j, kind, org, linked, processes, random));
        }
    }

    static String header() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("format: 1\n");
        yaml.append("title: Перечень точек взаимодействия (синтетический, для замеров производительности)\n");
        yaml.append("locale: ru\norganizations:\n");
        String[] names = {"Министерство культуры Курской области", "ОБУК «Курская областная научная библиотека»",
            "ОБУК «Курский областной краеведческий музей»", "ОБУ «МФЦ Курской области»"};
        String[] roles = {"ministry", "subordinate", "subordinate", "authorized"};
        for (int i = 0; i < ORGANIZATIONS.length; i++) {
            yaml.append("  - id: ").append(ORGANIZATIONS[i]).append("\n    name: ").append(names[i])
                    .append("\n    role: ").append(roles[i]).append('\n');
        }
        yaml.append("units:\n");
        for (String org : ORGANIZATIONS) {
            yaml.append("  - id: ").append(org).append("-dept\n    name: Отдел по работе с клиентами\n")
                    .append("    organization: ").append(org).append('\n');
        }
        yaml.append("authorized-person:\n  name: Иванова Мария Петровна\n  position: консультант\n  unit: minkult-dept\n");
        return yaml.toString();
    }

    static String process(int p, String name, String[] category) {
        return "id: " + processId(p) + "\n"
                + "name: " + name + " (процесс " + (p + 1) + ")\n"
                + "client: " + category[1] + "\n"
                + "category: " + category[0] + "\n"
                + "scope: " + (p % 3 == 0 ? "interagency" : "intra-agency") + "\n"
                + "unit: minkult-dept\n"
                + "basis:\n"
                + "  - type: law\n"
                + "    title: Федеральный закон от 27.07.2010 № 210-ФЗ «Об организации предоставления государственных и муниципальных услуг»\n"
                + "  - type: internal-act\n"
                + "    title: Приказ Министерства культуры Курской области от 13.10.2023 № 05-05/491\n"
                + "note: Сведения подготовлены структурным подразделением по п. 4.5 Порядка.\n";
    }

    static String point(int j, String kind, String org, List<Integer> linked, int processes,
                        SplittableRandom random) {
        boolean online = isOnline(kind);
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: ").append(pointId(j)).append('\n');
        yaml.append("name: ").append(pointName(kind)).append(" № ").append(j + 1).append('\n');
        yaml.append("kind: ").append(kind).append('\n');
        yaml.append("channel: ").append(online ? "online" : "offline").append('\n');
        yaml.append("organization: ").append(org).append('\n');
        yaml.append("unit: ").append(org).append("-dept\n");
        yaml.append("address: ").append(address(kind, j)).append('\n');
        yaml.append("processes:\n");
        for (int i = 0; i < linked.size(); i++) {
            yaml.append("  - process: ").append(processId(linked.get(i))).append('\n');
            String second = NEEDS[1 + random.nextInt(NEEDS.length - 2)];
            yaml.append("    needs: [").append(i == 0 ? "information, result" : "information")
                    .append(second.equals("result") ? "" : ", " + second).append("]\n");
        }
        int otherProcess = (linked.get(0) + processes / 2) % processes;
        if (j % 97 == 0 && !linked.contains(otherProcess)) {
            yaml.append("  - process: ").append(processId(otherProcess))
                    .append("\n    needs: [other]\n    other: запись на консультацию по телефону\n");
        }
        yaml.append("basis:\n  - type: ").append(j % 4 == 0 ? "contract" : j % 4 == 1 ? "order" : "internal-act")
                .append("\n    title: Приказ о порядке работы точки взаимодействия № ").append(j + 1).append('\n')
                .append("  - type: law\n    title: Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»\n");
        yaml.append("requirements:\n");
        for (String requirement : online ? ONLINE_REQUIREMENTS : OFFLINE_REQUIREMENTS) {
            boolean survey = requirement.equals("survey-link") || requirement.equals("quick-feedback");
            yaml.append("  ").append(requirement).append(": ").append(survey ? "met" : "met").append('\n');
        }
        yaml.append("survey: https://pos.gosuslugi.ru/form/?opaId=").append(100000 + j).append('\n');
        if (j % 11 == 0) {
            yaml.append("demand: low\n");
        }
        if (j % 13 == 0) {
            yaml.append("appeals-tracked: false\n");
        }
        yaml.append("accessibility: [").append(j % 2 == 0 ? "vision, low-digital-skills" : "hearing").append("]\n");
        yaml.append("history: ").append(j % 3 == 0).append('\n');
        yaml.append("note: Точка работает в рабочие дни с 9:00 до 18:00; ответственный сотрудник отвечает на обращения "
                + "в течение трёх рабочих дней.\n");
        return yaml.toString();
    }

    static void mutate(Path root, long seed, double percent) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("points"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        SplittableRandom random = new SplittableRandom(seed);
        int count = (int) Math.round(files.size() * percent / 100.0);
        List<Path> chosen = new ArrayList<>(files);
        for (int i = 0; i < count; i++) {
            int k = i + random.nextInt(chosen.size() - i);
            Path file = chosen.get(k);
            chosen.set(k, chosen.get(i));
            chosen.set(i, file);
            String text = Files.readString(file);
            switch (i % 3) {
                case 0 -> {
                    // a kind changed within its channel (6.3.2), so the requirements still fit
                    String kind = text.lines().filter(l -> l.startsWith("kind: ")).findFirst().orElseThrow().substring(6);
                    String other = kind.equals("website") ? "social-public"
                            : kind.equals("phone") || kind.equals("email") || kind.equals("edms")
                            || kind.equals("video-conference") || kind.equals("workstation") ? kind
                            : isOnline(kind) ? "website" : kind.equals("paper") ? "reception" : "paper";
                    if (other.equals(kind)) {
                        text = addNeed(text);
                    } else {
                        text = text.replace("kind: " + kind + "\n", "kind: " + other + "\n");
                    }
                    write(file, text);
                }
                case 1 -> write(file, addNeed(text)); // 6.3.3
                default -> {
                    Path moved = file.getParent().resolveSibling("moved").resolve(file.getFileName());
                    Files.createDirectories(moved.getParent());
                    Files.move(file, moved);
                }
            }
        }
    }

    /** The first link of the point gains a need it does not list yet (a change under 6.3.3). */
    static String addNeed(String text) {
        int start = text.indexOf("needs: [");
        int end = text.indexOf(']', start);
        String needs = text.substring(start + "needs: [".length(), end);
        for (String candidate : new String[] {"feedback-result", "inspection", "forms", "feedback", "consultation"}) {
            if (!List.of(needs.split(", ")).contains(candidate)) {
                return text.substring(0, end) + ", " + candidate + text.substring(end);
            }
        }
        return text;
    }

    static boolean isOnline(String kind) {
        return switch (kind) {
            case "phone", "reception", "paper", "internal-office", "client-workplace", "request-log", "in-person" -> false;
            default -> true;
        };
    }

    static String address(String kind, int j) {
        return switch (kind) {
            case "email" -> "priem" + j + "@kultura46.example.ru";
            case "phone" -> "\"+7 (4712) " + String.format("%02d-%02d-%02d", (j / 10000) % 100, (j / 100) % 100, j % 100) + "\"";
            case "phone-x" -> "";
            case "edms", "video-conference", "workstation" -> "СЭД «Дело», модуль " + (j + 1);
            case "reception", "paper", "internal-office", "client-workplace", "request-log", "in-person" ->
                    "305000, г. Курск, " + STREETS[j % STREETS.length] + ", д. " + (1 + j % 90) + ", каб. " + (j + 1);
            default -> "https://kultura46.example.ru/" + kind + "/" + (j + 1);
        };
    }

    static String pointName(String kind) {
        return switch (kind) {
            case "website" -> "Раздел официального сайта";
            case "social-public" -> "Сообщество в социальной сети";
            case "messenger-channel" -> "Канал в мессенджере";
            case "online-service" -> "Онлайн-сервис";
            case "feedback-widget" -> "Виджет Платформы обратной связи";
            case "gosuslugi" -> "Услуга на ЕПГУ";
            case "personal-chat" -> "Персональный чат";
            case "edms" -> "Маршрут в СЭД";
            case "email" -> "Электронная почта";
            case "video-conference" -> "Видеоконференцсвязь";
            case "workstation" -> "АРМ государственного служащего";
            case "phone" -> "Телефон приёмной";
            case "reception" -> "Место личного приёма";
            case "paper" -> "Письменное обращение";
            case "internal-office" -> "Кабинет внутренних клиентов";
            case "client-workplace" -> "Рабочее место клиента";
            case "request-log" -> "Журнал заявок";
            default -> "Личное взаимодействие";
        };
    }

    static String pointId(int j) {
        return String.format("TP-%06d", j + 1);
    }

    static String processId(int p) {
        return String.format("PR-%05d", p + 1);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
