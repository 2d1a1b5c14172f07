package ru.perechen.tp.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.RegisterLoader;
import ru.perechen.tp.load.RegisterSource;
import ru.perechen.tp.model.Register;

/** A register held in memory, path → text: short YAML examples in, a parsed {@link Register} out. */
final class MemorySource implements RegisterSource {

    private final Map<String, String> files;

    private MemorySource(Map<String, String> files) {
        this.files = new TreeMap<>(files);
    }

    static Register register(Map<String, String> files) {
        try {
            return new RegisterLoader().load(new MemorySource(files));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] readHeader() {
        return files.getOrDefault("register.yaml", "format: 1\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Listing list() {
        List<RecordFile> records = new ArrayList<>();
        files.forEach((path, text) -> {
            RecordFile.RecordType type = path.startsWith("points/") ? RecordFile.RecordType.POINT
                    : path.startsWith("processes/") ? RecordFile.RecordType.PROCESS : null;
            if (type != null) {
                records.add(new RecordFile(path, type, text.getBytes(StandardCharsets.UTF_8).length, path));
            }
        });
        return new Listing(records, List.of());
    }

    @Override
    public byte[] read(RecordFile file) {
        return files.get(file.path()).getBytes(StandardCharsets.UTF_8);
    }
}
