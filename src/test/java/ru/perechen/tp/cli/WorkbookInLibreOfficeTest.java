package ru.perechen.tp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.perechen.tp.history.GitFixture;

/**
 * The published workbook opens in a real spreadsheet program and shows the same rows as the CSV
 * file: LibreOffice (where installed; skipped otherwise) converts the register sheet of
 * perechen.xlsx to CSV, and it is compared, row for row and cell for cell, with perechen.csv.
 */
class WorkbookInLibreOfficeTest {

    private static final Path LIBREOFFICE = Path.of("/usr/bin/libreoffice");

    @TempDir
    Path dir;

    @Test
    void theRegisterSheetHasTheRowsOfTheCsvFile() throws Exception {
        assumeTrue(Files.isExecutable(LIBREOFFICE), "LibreOffice is not installed");
        try (GitFixture repo = GitFixture.withSample(dir.resolve("repo"))) {
            Path root = dir.resolve("repo");
            assertThat(TpRun.in(root, "approve", "--act", "05-05/100", "--date", "2026-04-30").exitCode()).isZero();
            assertThat(TpRun.in(root, "publish", "--to", dir.resolve("share").toString()).exitCode()).isZero();
        }
        Path folder = dir.resolve("share/approved-2026-04-30");
        Path out = Files.createDirectories(dir.resolve("converted"));
        Process office = new ProcessBuilder(LIBREOFFICE.toString(), "--headless", "-env:UserInstallation=file://"
                + dir.resolve("profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                out.toString(), folder.resolve("perechen.xlsx").toString())
                .redirectErrorStream(true).start();
        office.getInputStream().readAllBytes();
        assertThat(office.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<List<String>> fromWorkbook = csv(Files.readString(out.resolve("perechen.csv"), StandardCharsets.UTF_8));
        List<List<String>> fromCsv = csv(Files.readString(folder.resolve("perechen.csv"), StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", ""));
        assertThat(fromWorkbook).hasSize(fromCsv.size());
        for (int row = 0; row < fromCsv.size(); row++) {
            List<String> expected = fromCsv.get(row).stream()
                    // the CSV neutralises a formula-like cell with a leading quote; the workbook keeps it as text
                    .map(cell -> cell.startsWith("'") && "=+-@\t\r".indexOf(cell.length() > 1 ? cell.charAt(1) : 'x') >= 0
                            ? cell.substring(1) : cell)
                    .toList();
            assertThat(trimmed(fromWorkbook.get(row))).as("row %d", row + 1).isEqualTo(trimmed(expected));
        }
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> copy = new ArrayList<>(cells);
        while (!copy.isEmpty() && copy.get(copy.size() - 1).isEmpty()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }

    /** RFC 4180, as both files are written. */
    private static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
