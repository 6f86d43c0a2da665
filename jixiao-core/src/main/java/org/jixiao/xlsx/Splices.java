package org.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits to one part's bytes: replace [start, end) or insert at a point, applied together so the offsets a scan
 * recorded stay valid. Insertions at the same point keep the order they were added in. Not thread-safe.
 */
public final class Splices {

    private record Splice(int start, int end, byte[] replacement, int order) {
    }

    private final byte[] original;
    private final List<Splice> splices = new ArrayList<>();

    public Splices(byte[] original) {
        this.original = original;
    }

    public void replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > original.length) {
            throw new IllegalArgumentException("bad splice " + start + ".." + end);
        }
        splices.add(new Splice(start, end, replacement.getBytes(StandardCharsets.UTF_8), splices.size()));
    }

    public void insert(int at, String text) {
        replace(at, at, text);
    }

    public boolean isEmpty() {
        return splices.isEmpty();
    }

    public byte[] apply() {
        List<Splice> sorted = new ArrayList<>(splices);
        sorted.sort(Comparator.comparingInt(Splice::start).thenComparingInt(s -> s.end() == s.start() ? 0 : 1)
                .thenComparingInt(Splice::order));
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 4096);
        int at = 0;
        for (Splice s : sorted) {
            if (s.start() < at) {
                throw new IllegalStateException("overlapping splices at " + s.start());
            }
            out.write(original, at, s.start() - at);
            out.write(s.replacement(), 0, s.replacement().length);
            at = s.end();
        }
        out.write(original, at, original.length - at);
        return out.toByteArray();
    }
}
