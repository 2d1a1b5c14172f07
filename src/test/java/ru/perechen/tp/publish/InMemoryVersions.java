package ru.perechen.tp.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.WorkingTreeSource;
import ru.perechen.tp.model.ApprovedVersion;
import ru.perechen.tp.model.Change;
import ru.perechen.tp.model.Register;

/**
 * Approved versions made in memory, for tests of publishing and of the commands until they run on
 * real Git repositories: each version with the register it fixed; the diff is given by the test.
 */
public final class InMemoryVersions implements ApprovedVersions {

    private final Map<ApprovedVersion, Register> versions = new LinkedHashMap<>();
    private BiFunction<Register, Register, List<Change>> diff = (older, newer) -> List.of();

    /** Adds a version (add them oldest first) with the register it fixed. */
    public InMemoryVersions add(ApprovedVersion version, Register register) {
        versions.put(version, register);
        return this;
    }

    /** Adds a version dated {@code date}, tagged {@code approved/<date>}, fixing {@code register}. */
    public InMemoryVersions add(String date, Register register) {
        LocalDate day = LocalDate.parse(date);
        String commit = String.format("%040x", day.toEpochDay());
        return add(new ApprovedVersion("approved/" + date, "Приказ Министерства культуры Курской области от "
                + day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear() + " № 05-05/" + day.getDayOfYear(),
                day, commit, register.points().size(), register.processes().size(), "sha256:" + commit), register);
    }

    public InMemoryVersions diff(BiFunction<Register, Register, List<Change>> newDiff) {
        this.diff = newDiff;
        return this;
    }

    @Override
    public List<ApprovedVersion> list() {
        return new ArrayList<>(versions.keySet());
    }

    @Override
    public Register registerAt(ApprovedVersion version) throws IOException {
        Register register = versions.get(version);
        if (register == null) {
            throw new IOException("unknown version " + version.tag());
        }
        return register;
    }

    @Override
    public List<Change> changes(java.util.Optional<ApprovedVersion> older, ApprovedVersion newer) throws IOException {
        return diff.apply(older.isPresent() ? registerAt(older.get()) : Register.empty(), registerAt(newer));
    }

    @Override
    public List<Change> changes(java.util.Optional<ApprovedVersion> older, Register newer) throws IOException {
        return diff.apply(older.isPresent() ? registerAt(older.get()) : Register.empty(), newer);
    }

    /** The register in a folder, read as tp reads it. */
    public static Register load(Path folder) {
        try {
            return new RegisterLoader().load(new WorkingTreeSource(folder));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sample register of the repository. */
    public static Register sample() {
        return load(Path.of("register"));
    }
}
