package ru.perechen.tp.cli;

import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 as hex, for tests that forge a manifest. */
final class RecordDigestsAccess {

    private RecordDigestsAccess() {
    }

    static String sha256OrFail(java.nio.file.Path file) throws java.io.IOException {
        try {
            return sha256(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
