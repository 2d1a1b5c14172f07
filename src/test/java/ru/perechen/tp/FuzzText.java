package ru.perechen.tp;

import java.nio.charset.StandardCharsets;

/**
 * The text a fuzz input stands for, so that the committed seeds are plain UTF-8 files: bytes that
 * begin with a zero byte are the UTF-16 code units that follow (little-endian, any of them, lone
 * surrogates included); other bytes are UTF-8, malformed sequences read as U+FFFD.
 */
public final class FuzzText {

    private FuzzText() {
    }

    public static String of(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == 0) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i + 1 < bytes.length; i += 2) {
                text.append((char) ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8));
            }
            return text.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
