package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.i18n.Language;

class ManPagesTest {

    @TempDir
    Path dir;

    @Test
    void aPageForEveryCommandButHelp() {
        Map<String, String> pages = ManPages.pages(Language.RUSSIAN, "1.2.3");

        assertThat(pages.keySet()).contains("tp.1", "tp-validate.1", "tp-codeowners.1", "tp-init.1", "tp-hooks.1",
                "tp-hooks-install.1", "tp-completion.1").doesNotContain("tp-help.1");
    }

    @Test
    void pagesCarryTheCommandsOwnHelp() {
        String page = ManPages.pages(Language.RUSSIAN, "1.2.3").get("tp-validate.1");

        assertThat(page).contains(".TH \"TP-VALIDATE\" \"1\" \"\" \"tp 1.2.3\" \"tp\"")
                .contains(".SH ОБЗОР\n.nf\ntp validate ")
                .contains("\\fB\\-\\-format\\fR=\\fIFORMAT\\fR\nФормат вывода: text, json, github, gitlab, junit, sarif")
                .contains("\\fB\\-\\-output\\fR=\\fIFILE\\fR")
                .contains(".SH КОДЫ ЗАВЕРШЕНИЯ\n.TP\n0\nуспешно")
                .contains(".SH СМОТРИТЕ ТАКЖЕ\n\\fBtp\\fR(1)");
        assertThat(ManPages.pages(Language.ENGLISH, "1.2.3").get("tp-validate.1"))
                .contains(".SH SYNOPSIS").contains("Output format: text, json");
    }

    @Test
    void theRootPageListsTheCommands() {
        String page = ManPages.pages(Language.RUSSIAN, "1.2.3").get("tp.1");

        assertThat(page).contains(".SH КОМАНДЫ\n.TP\n\\fBvalidate\\fR\n").contains("\\fBtp\\-hooks\\fR(1)");
    }

    @Test
    void writesRussianAndEnglishPagesSameBytesEachTime() throws IOException {
        ManPages.main(new String[] {dir.resolve("a").toString(), "1.2.3"});
        ManPages.main(new String[] {dir.resolve("b").toString(), "1.2.3"});

        assertThat(dir.resolve("a/man1/tp-init.1")).isRegularFile();
        assertThat(dir.resolve("a/en/man1/tp-init.1")).isRegularFile();
        assertThat(Files.readString(dir.resolve("a/man1/tp-init.1")))
                .isEqualTo(Files.readString(dir.resolve("b/man1/tp-init.1")));
    }

    @Test
    void roffControlCharactersAtTheStartOfALineAreNeutralised() {
        assertThat(ManPages.escape(".hidden\n'quoted\\")).isEqualTo("\\&.hidden\n\\&'quoted\\e");
        assertThat(ManPages.escapeCode("--format")).isEqualTo("\\-\\-format");
    }
}
