package ru.perechen.tp.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code DIR/index.html}: the published versions, newest first, each linking its page and files,
 * the one in force marked, and the draft (if any) apart. A pure function of the list, so the same
 * folder always gets the same page.
 */
final class FolderIndexWriter {

    private final Texts texts;
    private final String title;

    FolderIndexWriter(Locale locale, String registerTitle) {
        this.texts = Texts.of(locale);
        this.title = registerTitle == null ? texts.get("page.untitled") : registerTitle;
    }

    byte[] write(List<PublishedVersion> versions, Optional<String> current) {
        List<PublishedVersion> approved = new ArrayList<>(versions.stream().filter(v -> !v.draft()).toList());
        approved.sort((a, b) -> PublishedVersion.NEWEST_LAST.compare(b.manifest(), a.manifest()));
        Optional<PublishedVersion> draft = versions.stream().filter(PublishedVersion::draft).findFirst();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html lang=\"" + texts.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                    + t("index.title") + " — " + Html.escape(title) + "</title>\n<style>\n" + STYLE
                    + "</style>\n</head>\n<body>\n<main>\n<h1>" + t("index.title") + "</h1>\n<p class=\"register\">"
                    + Html.escape(title) + "</p>\n<p>" + t("index.intro") + "</p>\n");
            if (approved.isEmpty()) {
                out.write("<p class=\"empty\">" + t("index.none") + "</p>\n");
            } else {
                out.write("<table>\n<thead><tr><th scope=\"col\">" + t("index.col-version") + "</th><th scope=\"col\">"
                        + t("index.col-act") + "</th><th scope=\"col\">" + t("index.col-date") + "</th><th scope=\"col\">"
                        + t("index.col-files") + "</th></tr></thead>\n<tbody>\n");
                for (PublishedVersion version : approved) {
                    boolean inForce = current.isPresent() && current.get().equals(version.folder());
                    Manifest manifest = version.manifest();
                    out.write("<tr" + (inForce ? " class=\"current\"" : "") + "><th scope=\"row\"><a href=\""
                            + Html.escape(version.folder()) + "/index.html\">" + Html.escape(manifest.version())
                            + "</a>" + (inForce ? " <strong class=\"badge\">" + t("index.current") + "</strong>" : "")
                            + "</th><td>" + Html.escape(manifest.act()) + "</td><td>"
                            + (manifest.date() == null ? "" : "<time datetime=\"" + manifest.date() + "\">"
                            + manifest.date().format(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT)) + "</time>")
                            + "</td><td>" + files(version.folder()) + "</td></tr>\n");
                }
                out.write("</tbody>\n</table>\n");
            }
            if (draft.isPresent()) {
                out.write("<h2>" + t("index.draft-title") + "</h2>\n<p><a href=\"" + Html.escape(draft.get().folder())
                        + "/index.html\">" + t("page.draft") + "</a> — " + t("index.draft-note") + "; "
                        + files(draft.get().folder()) + "</p>\n");
            }
            out.write("</main>\n</body>\n</html>\n");
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private String files(String folder) {
        String base = Html.escape(folder) + "/";
        return "<a href=\"" + base + SnapshotFiles.WORKBOOK + "\">XLSX</a> · <a href=\"" + base + SnapshotFiles.CSV
                + "\">CSV</a> · <a href=\"" + base + SnapshotFiles.JSON + "\">JSON</a>";
    }

    private String t(String key) {
        return Html.escape(texts.get(key));
    }

    private static final String STYLE = """
            body{margin:0;color:#1b1f24;background:#fff;font-family:"PT Sans","Segoe UI",Arial,sans-serif;line-height:1.5}
            main{max-width:60rem;margin:0 auto;padding:1.25rem;border-top:6px solid #0b3a6e}
            h1,h2{font-family:"PT Serif",Georgia,"Times New Roman",serif;color:#0b3a6e}
            .register{font-weight:600}
            a{color:#0b4f9c}
            a:focus{outline:3px solid #ffbf47;outline-offset:1px}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #c9d1dc;padding:.4rem .6rem;text-align:left;vertical-align:top}
            thead th{background:#eef2f7}
            tr.current{background:#f3f8ee}
            .badge{display:inline-block;margin-left:.4rem;padding:0 .4rem;border:1px solid #2e6b12;color:#2e6b12;font-size:.8rem;text-transform:uppercase}
            .empty{color:#4a5360;font-style:italic}
            @media print{main{border:0;max-width:none}a{color:inherit;text-decoration:none}}
            """;
}
