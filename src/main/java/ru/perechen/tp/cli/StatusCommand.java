package ru.perechen.tp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ru.perechen.tp.calendar.CalendarGapException;
import ru.perechen.tp.calendar.ProductionCalendar;
import ru.perechen.tp.i18n.Messages;
import ru.perechen.tp.i18n.TerminalText;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Message;
import ru.perechen.tp.model.RegisterHeader;
import ru.perechen.tp.publish.PublicationDeadline;
import ru.perechen.tp.publish.PublishTarget;

/**
 * {@code tp status [--published DIR] [--format text|json]}: the newest approved version, whether it
 * is on the shared storage, and the deadline of clause 6.5 (the act's date plus 10 working days of
 * the Russian production calendar). Exit code 1 when the deadline has passed and the version is not
 * published, for a scheduled CI job.
 */
@Command(name = "status", sortOptions = false)
final class StatusCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Env env;

    /** Where approved versions come from; tests put versions made in memory here. */
    ApprovedVersionsOpener versions = ApprovedVersionsOpener.GIT;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", descriptionKey = "status.path")
    Path path;

    @Option(names = "--published", paramLabel = "DIR", descriptionKey = "status.published")
    Path published;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "status.format")
    Format format = Format.text;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "status.as-of")
    LocalDate asOf;

    @Mixin
    LanguageOption language;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    StatusCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegisterOpener.Opened opened = RegisterOpener.open(env, path);
        RegisterHeader header = opened.register().header();
        Messages messages = Bundles.cli(language.resolve(header.locale()));
        LocalDate today = asOf != null ? asOf : LocalDate.now();
        Optional<Path> folder = PublishFolder.of(env, published);
        Optional<ApprovedVersion> latest;
        boolean isPublished;
        try (var approved = versions.open(opened.root())) {
            latest = approved.latest();
            isPublished = latest.isPresent() && folder.isPresent() && publishedIn(latest.get(), folder.get());
        } catch (IOException e) {
            throw new TpException(ExitCode.USAGE, Message.of("status.error.read", String.valueOf(e.getMessage())), e);
        }
        if (latest.isEmpty()) {
            print(messages, Optional.empty(), folder);
            return ExitCode.OK;
        }
        PublicationDeadline deadline;
        try {
            ProductionCalendar calendar = ProductionCalendar.russian()
                    .withAdditions(header.extraHolidays(), header.extraWorkdays());
            deadline = PublicationDeadline.of(latest.get(), calendar, today, isPublished);
        } catch (CalendarGapException e) {
            throw new TpException(ExitCode.USAGE, Message.of("status.error.calendar-gap", e.year()), e);
        } catch (IllegalArgumentException e) {
            throw new TpException(ExitCode.USAGE, Message.of("status.error.calendar-conflict",
                    String.valueOf(e.getMessage())), e);
        }
        print(messages, Optional.of(deadline), folder);
        return deadline.overdue() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private boolean publishedIn(ApprovedVersion version, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw TpException.usage("status.error.no-folder", dir);
        }
        return new PublishTarget(dir).holds(version);
    }

    private void print(Messages messages, Optional<PublicationDeadline> status, Optional<Path> folder) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            json(out, status);
        } else {
            text(out, messages, status, folder);
        }
        out.flush();
    }

    private void text(PrintWriter out, Messages messages, Optional<PublicationDeadline> status,
                      Optional<Path> folder) {
        if (status.isEmpty()) {
            out.println(messages.text("status.no-approved"));
            return;
        }
        PublicationDeadline s = status.get();
        ApprovedVersion version = s.version();
        out.println(messages.text("status.version", TerminalText.safe(version.tag())));
        out.println(messages.text("status.act", TerminalText.safe(version.act()), date(version.date())));
        out.println(messages.text("status.deadline", date(s.deadline())));
        if (folder.isEmpty()) {
            out.println(messages.text("status.published-unknown"));
        } else {
            out.println(messages.text(s.published() ? "status.published-yes" : "status.published-no",
                    folder.get().normalize()));
        }
        if (s.published()) {
            return;
        }
        if (s.overdue()) {
            out.println(messages.text("status.overdue", -s.workingDaysLeft()));
        } else if (s.workingDaysLeft() == 0) {
            out.println(messages.text("status.due-today"));
        } else {
            out.println(messages.text("status.left", s.workingDaysLeft()));
        }
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT));
    }

    /** Keys exactly: version, act, date, deadline, published, working-days-left, overdue. */
    private static void json(PrintWriter out, Optional<PublicationDeadline> status) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            if (status.isEmpty()) {
                json.writeNullField("version");
                json.writeNullField("act");
                json.writeNullField("date");
                json.writeNullField("deadline");
                json.writeBooleanField("published", false);
                json.writeNullField("working-days-left");
                json.writeBooleanField("overdue", false);
            } else {
                PublicationDeadline s = status.get();
                json.writeStringField("version", s.version().tag());
                json.writeStringField("act", s.version().act());
                json.writeStringField("date", s.version().date().toString());
                json.writeStringField("deadline", s.deadline().toString());
                json.writeBooleanField("published", s.published());
                json.writeNumberField("working-days-left", s.workingDaysLeft());
                json.writeBooleanField("overdue", s.overdue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
