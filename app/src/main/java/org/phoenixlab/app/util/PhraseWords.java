package org.phoenixlab.app.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.phoenixlab.engine.model.ComponentSpec;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.trace.Phrase;

/**
 * The engine's sentences (captions, explanations, event-log rows, reasons, refusals) in the window's
 * language. In English the engine's own words are shown as they are. In another language each phrase is
 * said from the template {@code phrase.<key>} of this package's bundle, its arguments in that language:
 * a component by {@link ModelWords#name}, a time or a count written the language's way, a fault, a repair
 * or a state by the window's words for it, a word of a closed set by {@code phrase.<key>}. A phrase the
 * bundle has no template for falls back to the engine's English (the tests fail on any such phrase).
 */
public final class PhraseWords {
    private PhraseWords() {
    }

    /** {@code p} in the window's language; {@code topology} names the components (null: their ids). */
    public static String of(Phrase p, Topology topology) {
        return english() ? p.english() : say(p, topology);
    }

    /** The same as the start of a sentence: its first letter in capitals (unless it begins with an id). */
    public static String sentence(Phrase p, Topology topology) {
        return english() ? p.english() : Phrase.capital(say(p, topology));
    }

    /** The event kind's name ("détection" for detected), {@code phrase.kind.<kind>}; the kind itself in English. */
    public static String kind(String kind) {
        return english() ? kind : Messages.get("phrase.kind." + kind, kind);
    }

    private static boolean english() {
        return Messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /**
     * Whether the window can say {@code p} and every phrase, word, repair and fault in it in its language, with
     * no English left (English always can).
     */
    public static boolean speaks(Phrase p) {
        if (english() || p.equals(Phrase.EMPTY)) {
            return true;
        }
        if (p.key().equals(Phrase.TEXT) || template(p) == null) {
            return false;
        }
        for (Phrase.Arg a : p.args()) {
            if (a instanceof Phrase.Nested n && !speaks(n.phrase())) {
                return false;
            }
            if (a instanceof Phrase.Word w && word(w) == null
                    || a instanceof Phrase.Actuator r && Messages.get("repair." + r.id(), null) == null
                    || a instanceof Phrase.Fault f && Messages.get("fault." + f.kind().id(), null) == null
                    || a instanceof Phrase.Literal) {
                return false;
            }
        }
        return true;
    }

    private static String template(Phrase p) {
        return Messages.get("phrase." + p.key(), null);
    }

    private static String say(Phrase p, Topology topology) {
        if (p.equals(Phrase.EMPTY)) {
            return "";
        }
        String template = template(p);
        if (template == null) {
            return p.english();
        }
        List<String> words = new ArrayList<>(p.args().size());
        for (Phrase.Arg a : p.args()) {
            words.add(arg(a, topology));
        }
        return Phrase.fill(template, words);
    }

    private static String arg(Phrase.Arg a, Topology topology) {
        Locale l = Messages.locale();
        if (a instanceof Phrase.Component c) {
            return component(c.id(), topology);
        }
        if (a instanceof Phrase.Components c) {
            return components(c.ids(), topology);
        }
        if (a instanceof Phrase.Micros m) {
            return time(m.us(), m.unit(), l);
        }
        if (a instanceof Phrase.Count c) {
            return c.grouped() ? String.format(l, "%,d", c.n()) : Long.toString(c.n());
        }
        if (a instanceof Phrase.Actuator r) {
            return ModelWords.repair(r.id());
        }
        if (a instanceof Phrase.Fault f) {
            return ModelWords.fault(f.kind());
        }
        if (a instanceof Phrase.State s) {
            return Messages.get("state." + s.state().id() + ".short", s.english());
        }
        if (a instanceof Phrase.Word w) {
            String said = word(w);
            return said == null ? w.english() : said;
        }
        if (a instanceof Phrase.EnglishOnly) {
            return "";
        }
        if (a instanceof Phrase.Nested n) {
            return say(n.phrase(), topology);
        }
        return a.english(); // a name, or words that are only English
    }

    /** A word of a closed set: {@code phrase.<key>}, else the window's own words for a strategy or a what-if input. */
    private static String word(Phrase.Word w) {
        String said = Messages.get("phrase." + w.key(), null);
        if (said != null) {
            return said;
        }
        if (w.key().startsWith("probe.")) {
            return Messages.get("detector." + w.key().substring("probe.".length()), null);
        }
        if (w.key().startsWith("strategy.")) {
            return Messages.get(w.key(), null);
        }
        if (w.key().startsWith("knob.")) {
            return Messages.get("whatif." + w.key(), null);
        }
        return null;
    }

    /** A component's name; a guest's part with its guest ("anneau réseau (invité 1)"). */
    private static String component(String id, Topology topology) {
        if (topology == null) {
            return id;
        }
        String name = ModelWords.name(topology, id);
        ComponentSpec spec = topology.find(id).orElse(null);
        if (spec != null && spec.parent() != null && topology.isGuest(spec.parent())) {
            return Messages.format("phrase.ofGuest", name, ModelWords.name(topology, spec.parent()));
        }
        return name;
    }

    private static String components(String ids, Topology topology) {
        List<String> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                out.add(component(id.strip(), topology));
            }
        }
        if (out.size() <= 1) {
            return String.join("", out);
        }
        return Messages.format("phrase.and", String.join(", ", out.subList(0, out.size() - 1)), out.get(out.size() - 1));
    }

    /** A time as the engine writes it in English, with the language's decimal mark and grouping. */
    static String time(long us, Phrase.Unit unit, Locale l) {
        return switch (unit) {
            case MS_1 -> String.format(l, "%.1f ms", us / 1e3);
            case MS_1G -> String.format(l, "%,.1f ms", us / 1e3);
            case MS_2 -> String.format(l, "%,.2f ms", us / 1e3);
            case MS_EXACT -> {
                long whole = us / 1000;
                long frac = Math.abs(us % 1000);
                String mark = String.format(l, "%.1f", 0.5).substring(1, 2);
                yield frac == 0 ? whole + " ms" : whole + mark + String.format(Locale.ROOT, "%03d", frac).replaceAll("0+$", "") + " ms";
            }
            case S_3 -> String.format(l, "%.3f s", us / 1e6);
            case SPAN -> us < 1_000_000 ? String.format(l, "%.1f ms", us / 1e3) : String.format(l, "%.2f s", us / 1e6);
        };
    }
}
