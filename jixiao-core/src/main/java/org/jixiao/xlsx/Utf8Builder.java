package org.jixiao.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds XML directly as UTF-8 bytes. Markup is ASCII and is copied as bytes; only text is encoded, escaped in
 * the same pass. A StringBuilder holding Chinese text turns UTF-16 as a whole, so every byte of markup was
 * widened on append and narrowed again by {@code getBytes}, which was a quarter of writing a filled copy under
 * the C1 compiler. Not thread-safe.
 */
public final class Utf8Builder {

    private byte[] bytes;
    private int length;

    public Utf8Builder(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** Markup known to be ASCII, such as element names, attribute names and numbers. */
    public Utf8Builder ascii(String markup) {
        int n = markup.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) markup.charAt(i);
        }
        return this;
    }

    /** Markup encoded once, as a constant. */
    public Utf8Builder ascii(byte[] markup) {
        ensure(markup.length);
        System.arraycopy(markup, 0, bytes, length, markup.length);
        length += markup.length;
        return this;
    }

    Utf8Builder ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    public Utf8Builder number(long value) {
        if (value < 0) {
            return ascii(Long.toString(value));
        }
        ensure(20);
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
        return this;
    }

    /**
     * Text for element content or an attribute value, escaped exactly as {@link Xml#escape} does: the common
     * case (no markup characters, underscores, control characters or surrogates) is escaped and encoded in one
     * pass; anything else goes through {@link Xml#escape}.
     */
    public Utf8Builder text(String text) {
        int n = text.length();
        ensure(3 * n);
        int start = length;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c < 0x20 && c != '\t' && c != '\n') || c == '&' || c == '<' || c == '>' || c == '"' || c == '_') {
                    length = start;
                    return utf8(Xml.escape(text));
                }
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
                length = start;
                return utf8(Xml.escape(text));
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /** Text already escaped, or markup that may hold any character. */
    public Utf8Builder utf8(String s) {
        return ascii(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Inserts ASCII markup at an earlier offset, moving what follows it. */
    void insert(int at, String markup) {
        if (at < 0 || at > length) {
            throw new IndexOutOfBoundsException("insert at " + at + " of " + length);
        }
        int n = markup.length();
        ensure(n);
        System.arraycopy(bytes, at, bytes, at + n, length - at);
        for (int i = 0; i < n; i++) {
            bytes[at + i] = (byte) markup.charAt(i);
        }
        length += n;
    }

    public int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** The bytes written so far; valid up to {@link #length()} until the next append. */
    byte[] buffer() {
        return bytes;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
