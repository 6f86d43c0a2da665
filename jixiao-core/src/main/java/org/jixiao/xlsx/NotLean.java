package org.jixiao.xlsx;

/**
 * The package uses something the lean path does not handle (strict OOXML, a DTD, UTF-16 parts, formulas
 * without results, a sheet that already has comments…); the caller reads or writes it through POI instead.
 * Checked on purpose: every caller must have that fallback.
 */
public class NotLean extends Exception {

    private static final long serialVersionUID = 1L;

    public NotLean(String reason) {
        super(reason, null, false, false);
    }

    /**
     * A part or sheet beyond a memory bound of {@link LeanLimits}: not something POI would do better with (it
     * needs several times the memory), so the caller refuses the file as too large instead of falling back.
     */
    public static final class TooLarge extends NotLean {

        private static final long serialVersionUID = 1L;

        TooLarge(String reason) {
            super(reason);
        }
    }
}
