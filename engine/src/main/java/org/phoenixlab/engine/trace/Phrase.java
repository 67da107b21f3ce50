package org.phoenixlab.engine.trace;

import java.util.List;
import java.util.Locale;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;

/**
 * A sentence, or a piece of one, the engine says to a person, kept as a stable {@code key} and typed
 * arguments rather than as finished words, so that the window can say it in its own language: a
 * component is an id, a duration microseconds, a count a number, a fault its kind. The engine speaks
 * English only ({@link #english()}, locale-independent), from its {@code template}, in which {@code {0}},
 * {@code {1}}... stand for the arguments' English; the trace and the command line print that. A
 * translation keys its own template by {@code key} and may leave out an argument that only English needs
 * (an article, say).
 */
public record Phrase(String key, String template, List<Arg> args) implements java.io.Serializable {
    /** No words at all (an empty reason). */
    public static final Phrase EMPTY = new Phrase("", "", List.of());
    /** The key of words that are only English text (read back from a trace file, or written by a test). */
    public static final String TEXT = "text";

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, String template, Arg... args) {
        return new Phrase(key, template, List.of(args));
    }

    /** English words that are no more than that: they cannot be translated. Blank words are {@link #EMPTY}. */
    public static Phrase text(String english) {
        return english == null || english.isEmpty() ? EMPTY : new Phrase(TEXT, "{0}", List.of(new Literal(english)));
    }

    /** The phrase in English, as the trace and the command line write it. */
    public String english() {
        return fill(template, args.stream().map(Arg::english).toList());
    }

    public boolean isBlank() {
        return english().isBlank();
    }

    @Override
    public String toString() {
        return english();
    }

    /** {@code template} with each {n} replaced by {@code words.get(n)}; any other brace is kept as it is. */
    public static String fill(String template, List<String> words) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < words.size() ? words.get(n) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The sentence's first letter in capitals, unless it begins with an id, written as it is ("net_uk", "guest/2"). */
    public static String capital(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        if (s.isEmpty() || first.indexOf('_') >= 0 || first.indexOf('/') >= 0) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** One argument of a phrase: what it is, and how English writes it. */
    public sealed interface Arg extends java.io.Serializable {
        String english();
    }

    /** A component, by its id; {@code english} is how the English sentence names it ("the NIC driver", "net_uk"). */
    public record Component(String id, String english) implements Arg {
        public Component(String id) {
            this(id, id);
        }
    }

    /** Several components, ids comma-separated as the trace writes them; {@code english} as the sentence lists them. */
    public record Components(String ids, String english) implements Arg {
    }

    /** A stretch of virtual time or an instant, in µs, written in {@code unit}. */
    public record Micros(long us, Unit unit) implements Arg {
        public String english() {
            return unit.english(us);
        }
    }

    /** How a time is written. */
    public enum Unit {
        /** Milliseconds with one decimal ("12.5 ms"). */
        MS_1,
        /** Milliseconds with two decimals and grouping ("1,234.50 ms"). */
        MS_2,
        /** Milliseconds with only the decimals that are not zero ("12.25 ms", "10 ms"). */
        MS_EXACT,
        /** Seconds with three decimals ("2.000 s"). */
        S_3,
        /** Milliseconds under a second (one decimal), seconds above (two). */
        SPAN,
        /** Milliseconds with one decimal and grouping ("1,234.5 ms"). */
        MS_1G;

        String english(long us) {
            return switch (this) {
                case MS_1 -> String.format(Locale.ROOT, "%.1f ms", us / 1e3);
                case MS_2 -> String.format(Locale.ROOT, "%,.2f ms", us / 1e3);
                case MS_EXACT -> {
                    long whole = us / 1000;
                    long frac = Math.abs(us % 1000);
                    yield frac == 0 ? whole + " ms" : whole + "." + String.format(Locale.ROOT, "%03d", frac).replaceAll("0+$", "") + " ms";
                }
                case S_3 -> String.format(Locale.ROOT, "%.3f s", us / 1e6);
                case SPAN -> us < 1_000_000 ? MS_1.english(us) : String.format(Locale.ROOT, "%.2f s", us / 1e6);
                case MS_1G -> String.format(Locale.ROOT, "%,.1f ms", us / 1e3);
            };
        }
    }

    /** A number of things; {@code grouped}: English writes it with thousands separators ("81,274"). */
    public record Count(long n, boolean grouped) implements Arg {
        public String english() {
            return grouped ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
        }
    }

    /** A name that is the same in every language: a probe's, a XenStore key, a strategy's id. */
    public record Name(String word) implements Arg {
        public String english() {
            return word;
        }
    }

    /** A repair actuator, by its id ("driver-reload"). */
    public record Actuator(String id) implements Arg {
        public String english() {
            return id;
        }
    }

    /** A kind of fault, written as its label ("crash"). */
    public record Fault(FaultKind kind) implements Arg {
        public String english() {
            return kind.label();
        }
    }

    /** A component state; {@code asLabel}: its label ("detected"), else its id. */
    public record State(ComponentState state, boolean asLabel) implements Arg {
        public String english() {
            return asLabel ? state.label() : state.id();
        }
    }

    /** A word of a small closed set ({@code word.<key>} in a translation), with its English. */
    public record Word(String key, String english) implements Arg {
    }

    /** Words only English needs (an article), which a translation leaves out. */
    public record EnglishOnly(String english) implements Arg {
    }

    /** English text that is no more than that (see {@link Phrase#text}). */
    public record Literal(String english) implements Arg {
    }

    /** A phrase inside a phrase (a reason inside a sentence, an optional clause). */
    public record Nested(Phrase phrase) implements Arg {
        public String english() {
            return phrase.english();
        }
    }
}
