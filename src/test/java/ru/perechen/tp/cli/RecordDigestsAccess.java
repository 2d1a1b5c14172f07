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

    /** Every file under {@code folder}: its path relative to the folder → SHA-256. */
    static java.util.Map<String, String> folderHashes(java.nio.file.Path folder) throws java.io.IOException {
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(), sha256OrFail(file));
            }
        }
        return hashes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
