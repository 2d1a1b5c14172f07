package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.TestRegisters;
import ru.perechen.tp.model.Channel;
import ru.perechen.tp.model.IdOrder;
import ru.perechen.tp.model.Point;
import ru.perechen.tp.model.Register;
import ru.perechen.tp.poster.PosterSvgTest;

/** {@code tp qr}: a page per offline point with a survey link, whose code a decoder reads back as the link. */
class QrCommandTest {

    @TempDir
    Path temp;

    @Test
    void everyOfflinePointWithASurveyLinkGetsAPageWhoseCodeIsTheLink() throws Exception {
        TpRun run = TpRun.in(temp, "qr", "--to", "qr", TestRegisters.SAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Register sample = TestRegisters.load(TestRegisters.SAMPLE);
        var expected = sample.points().stream()
                .filter(p -> p.effectiveChannel() == Channel.OFFLINE && p.survey() != null)
                .sorted(java.util.Comparator.comparing(Point::id, IdOrder.IDS)).toList();
        assertThat(expected).isNotEmpty();
        assertThat(run.out()).isEqualTo("Страниц с QR-кодами: " + expected.size()
                + ", в папке qr. Для печати откройте qr/index.html в браузере (Ctrl+P).\n");
        try (Stream<Path> files = Files.list(temp.resolve("qr"))) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(expected.size() + 1).contains("index.html");
        }
        for (Point point : expected) {
            String page = Files.readString(temp.resolve("qr").resolve(point.id() + ".svg"));
            assertThat(PosterSvgTest.decode(page, point.id())).as(point.id()).isEqualTo(point.survey());
            assertThat(page).contains(point.id());
        }
        String sheet = Files.readString(temp.resolve("qr/index.html"));
        assertThat(sheet).contains("@page{size:A4 portrait;margin:0}").contains("break-after:page")
                .doesNotContain("<script");
        Point first = expected.get(0);
        assertThat(PosterSvgTest.decode(sheet.substring(sheet.indexOf("<svg"), sheet.indexOf("</section>")),
                first.id())).isEqualTo(first.survey());
    }

    @Test
    void onlyValidIdsNameFilesAndOnlyHttpsLinksAreEncoded() throws IOException {
        Path root = TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "points/TP-1.yaml", phone("TP-1", "https://opros.example.ru/1", "<script>alert(1)</script>"),
                "points/TP-2.yaml", phone("TP-2", "http://opros.example.ru/2", "Телефон"),
                "points/x.yaml", phone("../../evil", "https://opros.example.ru/3", "Злая точка"));
        TpRun run = TpRun.in(temp, "qr", "--to", "out", root.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("точка ../../evil").contains("номер не вида TP-")
                .contains("точка TP-2").contains("не https");
        try (Stream<Path> files = Files.walk(temp)) {
            assertThat(files.filter(f -> f.toString().endsWith(".svg")).map(f -> temp.relativize(f).toString()))
                    .containsExactly("out/TP-1.svg");
        }
        assertThat(Files.readString(temp.resolve("out/TP-1.svg"))).doesNotContain("<script")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThatThrownBy(() -> QrCommand.inside(temp, "../x.svg")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> QrCommand.inside(temp, "a/b.svg")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withNothingToPrintItSaysSoAndWritesNothing() {
        Path root = TestRegisters.write(temp.resolve("r"),
                "processes/PR-1.yaml", TestRegisters.process("PR-1", "external", "appeals"),
                "points/TP-1.yaml", phone("TP-1", null, "Телефон"));
        TpRun run = TpRun.in(temp, "qr", "--to", "out", root.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Нет офлайн-точек со ссылкой на опрос");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void theFolderIsRequiredAndMustBeAFolder() throws IOException {
        TpRun missing = TpRun.in(temp, "qr", TestRegisters.SAMPLE.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--to");
        Files.writeString(temp.resolve("file"), "x");
        TpRun file = TpRun.in(temp, "qr", "--to", "file", TestRegisters.SAMPLE.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("это файл, а не папка");
        assertThat(TpRun.in(temp, "qr", "--to", "en", "--lang", "en", TestRegisters.SAMPLE.toString()).out())
                .startsWith("Pages with QR codes: ");
    }

    private static String phone(String id, String survey, String name) {
        return "id: " + id + "\nname: \"" + name + "\"\nkind: phone\norganization: min\nunit: min-dept\n"
                + "address: +7 4712 00-00-01\nprocesses:\n  - process: PR-1\n    needs: [information]\n"
                + "basis:\n  - type: law\n    title: Закон\nrequirements:\n  receipt-notice: met\n"
                + "  complete-answer: met\n  knowledge-base: met\n  quick-feedback: met\n"
                + (survey == null ? "" : "survey: " + survey + "\n");
    }
}
