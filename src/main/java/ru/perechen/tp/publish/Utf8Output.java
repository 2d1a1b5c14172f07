package ru.perechen.tp.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Text written as UTF-8 through one byte buffer: the loop every published file goes through, a few
 * hundred megabytes of mostly Cyrillic text for a large register. A text is copied into a char
 * array once and encoded from there, because under the client compiler tp runs with,
 * {@code String.charAt} on non-Latin text and the JDK's stream encoder cost several times more
 * per character. Escaping writers scan that array ({@link #chars}) and hand over the runs that need
 * no escape ({@link #encode}).
 *
 * <p>The bytes are exactly those an {@link java.io.OutputStreamWriter} for UTF-8 writes: an
 * unpaired surrogate becomes {@code ?}, and a pair split between two writes is still one character.
 * {@link #flush} passes the bytes on without flushing the stream below; closing does not close it.
 */
final class Utf8Output extends Writer {

    private static final int CAPACITY = 64 * 1024;
    /** The most bytes one char takes (a surrogate pair takes 4 for two chars). */
    private static final int MAX_BYTES_PER_CHAR = 3;

    private final OutputStream out;
    private final byte[] bytes = new byte[CAPACITY];
    private int position;
    /** A high surrogate that ended the last write, waiting for the low one; 0 when there is none. */
    private char pendingHigh;
    /** What {@link #chars} hands to escaping writers. */
    private char[] scanned = new char[256];
    /** What {@link #write(String)} encodes from; never {@link #scanned}, which a caller may be reading. */
    private char[] copied = new char[256];

    Utf8Output(OutputStream out) {
        super(new Object());
        this.out = out;
    }

    /**
     * The characters of a text in an array owned by this output, valid until the next call of this
     * method; writing (but not another call of this method) leaves it as it is.
     */
    char[] chars(String text) {
        int length = text.length();
        if (scanned.length < length) {
            scanned = new char[Math.max(length, scanned.length * 2)];
        }
        text.getChars(0, length, scanned, 0);
        return scanned;
    }

    /** Encodes {@code chars[from..to)} as they are. */
    void encode(char[] chars, int from, int to) throws IOException {
        int i = from;
        if (pendingHigh != 0 && i < to) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(chars[i])) {
                ensure(4);
                putPair(high, chars[i++]);
            } else {
                put((byte) '?');
            }
        }
        while (i < to) {
            if (CAPACITY - position < 4) {
                drain();
            }
            // As many chars as surely fit, without a capacity check per char.
            int end = Math.min(to, i + (CAPACITY - position - 1) / MAX_BYTES_PER_CHAR);
            byte[] b = bytes;
            int p = position;
            while (i < end) {
                char c = chars[i];
                if (c < 0x80) {
                    b[p++] = (byte) c;
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 == to) {
                        pendingHigh = c;
                    } else if (Character.isLowSurrogate(chars[i + 1])) {
                        // Four bytes for two chars: within the budget unless the pair straddles its end.
                        position = p;
                        ensure(4);
                        putPair(c, chars[++i]);
                        p = position;
                    } else {
                        b[p++] = '?';
                    }
                } else {
                    b[p++] = '?';
                }
                i++;
            }
            position = p;
        }
    }

    /** Writes a non-negative number in decimal digits. */
    void number(long value) throws IOException {
        flushPending();
        ensure(20);
        if (value == 0) {
            bytes[position++] = '0';
            return;
        }
        int digits = 0;
        for (long rest = value; rest > 0; rest /= 10) {
            digits++;
        }
        int p = position + digits;
        for (long rest = value; rest > 0; rest /= 10) {
            bytes[--p] = (byte) ('0' + (rest % 10));
        }
        position += digits;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (copied.length < length) {
            copied = new char[Math.max(length, copied.length * 2)];
        }
        text.getChars(offset, offset + length, copied, 0);
        encode(copied, 0, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        encode(chars, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && pendingHigh == 0) {
            ensure(1);
            bytes[position++] = (byte) ch;
            return;
        }
        if (copied.length < 1) {
            copied = new char[1];
        }
        copied[0] = ch;
        encode(copied, 0, 1);
    }

    /** Passes the bytes written so far to the stream below (a high surrogate still waits for its pair). */
    @Override
    public void flush() throws IOException {
        drain();
    }

    /** Flushes; the stream below stays open. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void flushPending() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put((byte) '?');
        }
    }

    private void putPair(char high, char low) {
        int codePoint = Character.toCodePoint(high, low);
        bytes[position++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[position++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[position++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[position++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    private void put(byte b) throws IOException {
        ensure(1);
        bytes[position++] = b;
    }

    private void ensure(int room) throws IOException {
        if (CAPACITY - position < room) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (position > 0) {
            out.write(bytes, 0, position);
            position = 0;
        }
    }
}
