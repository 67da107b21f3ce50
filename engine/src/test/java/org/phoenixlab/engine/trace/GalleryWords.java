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
}
