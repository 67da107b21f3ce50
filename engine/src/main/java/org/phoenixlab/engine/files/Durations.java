package org.phoenixlab.engine.files;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable durations: "2.5s", "300ms", "150us", "2min" (a bare number is not one: files must name the unit). */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,12})(?:\\.(\\d{1,6}))?\\s*(us|ms|s|min)");

    private Durations() {
    }

    /** Microseconds, or IllegalArgumentException naming the expected form (never an arithmetic overflow). */
    public static long parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (expected e.g. \"2.5s\", \"300ms\", \"150us\", \"2min\")");
        }
        long unit = switch (m.group(3)) {
            case "us" -> 1;
            case "ms" -> 1_000;
            case "s" -> 1_000_000;
            default -> 60_000_000;
        };
        long whole = Long.parseLong(m.group(1));
        String frac = m.group(2) == null ? "" : m.group(2);
        long fracUs = 0;
        if (!frac.isEmpty()) {
            long scaled = Long.parseLong((frac + "000000").substring(0, 6)) * unit;
            if (scaled % 1_000_000 != 0) {
                throw new IllegalArgumentException("'" + text + "' is finer than a microsecond");
            }
            fracUs = scaled / 1_000_000;
        }
        try {
            return Math.addExact(Math.multiplyExact(whole, unit), fracUs);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is longer than any duration this program can count");
        }
    }

    /** The shortest exact readable form of {@code us}. */
    public static String format(long us) {
        if (us % 60_000_000 == 0 && us != 0) {
            return us / 60_000_000 + "min";
        }
        if (us % 1_000_000 == 0) {
            return us / 1_000_000 + "s";
        }
        if (us % 1_000 == 0) {
            return us / 1_000 + "ms";
        }
        return us + "us";
    }
}
