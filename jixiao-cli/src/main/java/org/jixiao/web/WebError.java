package org.jixiao.web;

/**
 * A request the server refuses, with its HTTP status, a stable code the page and scripts key on, and a message
 * Chinese first, English after. Thrown by the batch and caught once, in {@link WebHandler}, which sends it as
 * {@code {"error": {"code": …, "message": …}}}.
 */
final class WebError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    WebError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static WebError notFound() {
        return new WebError(404, "NOT_FOUND", "找不到该批次或文件（可能已清除或已过期） / no such batch or file (it may have"
                + " been cleared or expired)");
    }

    static WebError badRequest(String message) {
        return new WebError(400, "BAD_REQUEST", message);
    }

    static WebError conflict(String code, String message) {
        return new WebError(409, code, message);
    }

    static WebError tooLarge(String code, String message) {
        return new WebError(413, code, message);
    }

    /** A size as the page shows it: 50 MB, 2048 MB, 60.5 MB, 8 KB. */
    static String mb(long bytes) {
        if (bytes < WebOptions.MB) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes % WebOptions.MB == 0 ? bytes / WebOptions.MB + " MB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) WebOptions.MB);
    }
}
