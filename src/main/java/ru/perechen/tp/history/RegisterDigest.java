package ru.perechen.tp.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import ru.perechen.tp.load.RecordFile;
import ru.perechen.tp.load.RegisterNotFoundException;
import ru.perechen.tp.load.RegisterSource;
import ru.perechen.tp.model.RegisterHeader;

/**
 * The SHA-256 of a register's content, recorded in an approval tag so that anyone can later check
 * that a copy is exactly what was approved. Defined over the files tp reads as the register, so it
 * does not depend on Git, line-ending settings elsewhere in the repository, or files beside the
 * register (a README):
 *
 * <ol>
 *   <li>the files are {@code register.yaml} and every record file the source lists
 *       ({@code points/**}{@code /*.yaml}, {@code processes/**}{@code /*.yaml}), each named by its
 *       path inside the register folder with {@code /} separators;</li>
 *   <li>they are taken in the order of their paths' UTF-8 bytes, compared as unsigned bytes;</li>
 *   <li>for each file the digest takes the path's UTF-8 bytes, a zero byte, the file's length in
 *       bytes as ASCII decimal digits, a zero byte, then the file's bytes exactly as stored;</li>
 *   <li>the result is written {@code sha256:} followed by 64 lower-case hexadecimal digits.</li>
 * </ol>
 */
public final class RegisterDigest {

    public static final String PREFIX = "sha256:";

    private RegisterDigest() {
    }

    public static String of(RegisterSource source) throws IOException {
        byte[] header = source.readHeader();
        if (header == null) {
            throw new RegisterNotFoundException();
        }
        List<RecordFile> files = new ArrayList<>(source.list().files());
        List<Named> named = new ArrayList<>(files.size() + 1);
        named.add(new Named(RegisterHeader.FILE, null));
        for (RecordFile file : files) {
            named.add(new Named(file.path(), file));
        }
        named.sort((a, b) -> Arrays.compareUnsigned(a.pathBytes(), b.pathBytes()));
        MessageDigest sha = sha256();
        for (Named file : named) {
            byte[] content = file.record() == null ? header : source.read(file.record());
            sha.update(file.pathBytes());
            sha.update((byte) 0);
            sha.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(content);
        }
        return PREFIX + HexFormat.of().formatHex(sha.digest());
    }

    private record Named(String path, RecordFile record) {
        byte[] pathBytes() {
            return path.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
