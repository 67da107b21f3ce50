package org.phoenixlab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.scenario.Gallery;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.sim.ComponentView;
import org.phoenixlab.engine.sim.Simulation;

/**
 * Every sentence the engine says about a run of every gallery scenario under every strategy (the first
 * minute of each): the caption, explanation and event-log phrase of each event, and each component's
 * "why" at the end. Shared by the phrase tests of the engine and of the window.
 */
public final class GalleryWords {
    public static final List<String> STRATEGIES = List.of("vanilla", "xoar", "tfd-xen", "phoenix-coarse", "phoenix-fine");
    private static final long LONGEST_US = 60_000_000;

    /** One run: its name and the simulation, run to its end (at most a minute). */
    public record Run(String name, Simulation sim) {
    }

    private GalleryWords() {
    }

    public static List<Run> runs() {
        List<Run> out = new ArrayList<>();
        for (Gallery.Entry e : Gallery.entries()) {
            for (String strategy : STRATEGIES) {
                Scenario s = e.scenario().withStrategy(strategy).withDuration(Math.min(e.scenario().durationUs(), LONGEST_US));
                Simulation sim;
                try {
                    sim = new Simulation(s);
                } catch (IllegalArgumentException notForThisDesign) {
                    continue; // a fault this design's components cannot suffer (the command line refuses it too)
                }
                sim.runUntil(s.durationUs());
                out.add(new Run(e.resource() + " " + strategy, sim));
            }
        }
        return out;
    }

    /** The run's sentences in English, one a line, as the String methods give them. */
    public static String english(Run run) {
        StringBuilder sb = new StringBuilder();
        List<TraceEvent> t = run.sim().trace().events();
        Explanation ex = new Explanation(t, run.sim().topology());
        for (int i = 0; i < t.size(); i++) {
            sb.append(ex.caption(i)).append('\n').append(ex.of(i)).append('\n').append(t.get(i).describe()).append('\n');
        }
        for (ComponentView c : run.sim().snapshot().components()) {
            sb.append(c.id()).append(": ").append(c.reason()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The run's sentences as phrases: each event's caption (a fault's with its outlook, as the window
     * shows it), explanation and event-log phrase, and each component's "why" at the end.
     */
    public static List<Phrase> phrases(Run run) {
        List<Phrase> out = new ArrayList<>();
        sentences(run, (p, place) -> out.add(p));
        return out;
    }

    /** Where the window shows a phrase: a caption or an explanation (a sentence), an event-log row, a component's "why". */
    public enum Place { CAPTION, EXPLANATION, EVENT_ROW, REASON }

    /** Each of {@link #phrases} with the place the window shows it, in the same order. */
    public static void sentences(Run run, java.util.function.BiConsumer<Phrase, Place> each) {
        List<TraceEvent> t = run.sim().trace().events();
        Explanation ex = new Explanation(t, run.sim().topology());
        for (int i = 0; i < t.size(); i++) {
            TraceEvent e = t.get(i);
            Phrase outlook = e.payload() instanceof Payload.FaultInjected f
                    ? run.sim().outlook(e.component(), f.fault()).caption() : Phrase.EMPTY;
            each.accept(ex.captionPhrase(i, outlook), Place.CAPTION);
            each.accept(ex.phrase(i), Place.EXPLANATION);
            each.accept(e.payload().phrase(), Place.EVENT_ROW);
        }
        for (ComponentView c : run.sim().snapshot().components()) {
            each.accept(c.reason(), Place.REASON);
        }
    }

    /** {@code p} and every phrase nested in it, depth first. */
    public static void walk(Phrase p, java.util.function.Consumer<Phrase> each) {
        each.accept(p);
        for (Phrase.Arg a : p.args()) {
            if (a instanceof Phrase.Nested n) {
                walk(n.phrase(), each);
            }
        }
    }
}
