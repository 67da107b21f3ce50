package org.phoenixlab.app.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.phoenixlab.app.session.Session;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.sim.FaultOutlook;
import org.phoenixlab.engine.trace.Explanation;
import org.phoenixlab.engine.trace.Phrase;
import org.phoenixlab.app.util.PhraseWords;
import org.phoenixlab.engine.trace.Moment;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Trace;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The story of the run so far: its moments (the trace events that teach, {@link Moment}), which one
 * the caption tells now, and the caption's words. The run's moments are kept past a seek back (they
 * are still the run's future, drawn on the timeline) until the student changes the course of the run
 * (a click at an earlier time): then those of the abandoned future go. The main view model tells it
 * of every change; the caption bar, the timeline and the playback clock read it.
 */
public final class StoryViewModel {
    /** What the caption says: the moment told (empty before the first), its time and its sentence. */
    public record Caption(Optional<Moment> moment, long timeUs, String component, String text) {
        /** Before anything happened. */
        public static Caption hint(String text) {
            return new Caption(Optional.empty(), 0, "", text);
        }
    }

    /** What the caption says before the first moment of a run. */
    public static final String HINT = "Nothing has happened yet: press \u25B6 Play, or right-click a component to inject a fault;"
            + " Next moment (the button beside Play, or the Right arrow) then goes from moment to moment.";

    /** What it says instead once the run's clock has moved and still nothing has happened (no fault, no operation). */
    public static final String RUNNING_HINT = "Running normally, nothing to explain yet: the caption tells what happens as soon as"
            + " something does (a fault, a repair, a VM operation).";

    /** {@link #HINT} in the user's language. */
    public static String hint() {
        return org.phoenixlab.app.util.Messages.get("caption.hint", HINT);
    }

    /** The two hints in the language of this model's window, read once (the caption asks at every frame). */
    private final String startHint = hint();
    private final String runningHint = org.phoenixlab.app.util.Messages.get("caption.hint.running", RUNNING_HINT);
    private final ReadOnlyObjectWrapper<Caption> caption = new ReadOnlyObjectWrapper<>(Caption.hint(startHint));
    /** Whether the caption shows a hint (not a moment, nor a line of {@link #say}). */
    private boolean hinting = true;
    private final ReadOnlyObjectWrapper<List<TraceEvent>> moments = new ReadOnlyObjectWrapper<>(List.of());
    private final List<TraceEvent> known = new ArrayList<>();
    /** Trace events scanned for moments so far (the furthest the run has been). */
    private int scanned;
    /** The trace position of the moment the caption tells, or -1. */
    private long shown = -1;
    private Session session;
    private Trace trace;

    /** The caption's words (a new value whenever the moment told changes). */
    public ReadOnlyObjectProperty<Caption> captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /**
     * Every moment of the run known so far, in trace order: those behind the present and, after a
     * seek back, those still ahead (an immutable list, replaced when it changes).
     */
    public ReadOnlyObjectProperty<List<TraceEvent>> momentsProperty() {
        return moments.getReadOnlyProperty();
    }

    public List<TraceEvent> moments() {
        return moments.get();
    }

    /** The trace position of the moment the caption tells, or -1 before the first. */
    public long shown() {
        return shown;
    }

    /** A new session: no moment yet. */
    public void started(Session s) {
        session = s;
        trace = s.simulation().trace();
        known.clear();
        scanned = 0;
        shown = -1;
        moments.set(List.of());
        scan();
        showHint();
        if (lastBehind().isPresent()) {
            tell(lastBehind().get()); // a session restored half-way through already has a story
        }
    }

    /**
     * The student changes the course of the run here (a fault injected, an operation started):
     * the moments of the future seen before are not this run's any more.
     */
    public void branching() {
        int now = session.simulation().trace().size();
        boolean dropped = known.removeIf(e -> e.seq() >= now);
        scanned = Math.min(scanned, now);
        if (dropped) {
            moments.set(List.copyOf(known));
        }
    }

    /**
     * The run moved (or was only redrawn): new moments are learnt, and the caption tells the latest
     * one behind the present (after a play, a seek, a jump), with {@code next} the first one not told
     * yet (after a click or a step: their moments are told in order), and with {@code keep} the one it
     * tells now, unless a seek back left that one ahead of the present.
     */
    public void moved(boolean next, boolean keep) {
        tellMoment(next, keep);
        if (hinting && !caption.get().text().equals(hintNow())) {
            showHint(); // "press Play" no longer fits a run that plays (what say() said stays)
        }
    }

    /** The hint for the run as it stands: {@link #HINT} at its start, {@link #RUNNING_HINT} once it has moved. */
    private String hintNow() {
        return session != null && session.simulation().nowUs() > 0 ? runningHint : startHint;
    }

    private void showHint() {
        hinting = true;
        caption.set(Caption.hint(hintNow()));
    }

    private void tellMoment(boolean next, boolean keep) {
        scan();
        int size = session.simulation().trace().size();
        if (keep || next && firstUntold().isEmpty()) {
            if (shown >= size) {
                lastBehind().ifPresentOrElse(this::tell, this::forget);
            }
            return;
        }
        Optional<TraceEvent> told = next ? firstUntold() : lastBehind();
        if (told.isPresent()) {
            if (told.get().seq() != shown) {
                tell(told.get());
            }
        } else {
            forget();
        }
    }

    private void forget() {
        if (shown >= 0 || caption.get().moment().isPresent()) {
            shown = -1; // back before the first moment
        }
        showHint();
    }

    /** Whether a moment already in the trace (the same engine event, say) has not been told yet. */
    public boolean hasUntold() {
        return firstUntold().isPresent();
    }

    /** Tells the next moment already in the trace; false when there is none. */
    public boolean tellNext() {
        Optional<TraceEvent> e = firstUntold();
        e.ifPresent(this::tell);
        return e.isPresent();
    }

    /** Tells {@code e} (a moment of the trace). */
    public void tell(TraceEvent e) {
        shown = e.seq();
        hinting = false;
        caption.set(new Caption(Moment.of(e), e.timeUs(), e.component(), sentence(e)));
    }

    /** Says something else than a moment (nothing ahead, the end of the run), keeping the moment told. */
    public void say(String text) {
        Caption c = caption.get();
        hinting = false;
        caption.set(new Caption(c.moment(), c.timeUs(), c.component(), text));
    }

    /** The moment before the one told, among those behind the present. */
    public Optional<TraceEvent> previous() {
        TraceEvent before = null;
        for (TraceEvent e : known) {
            if (e.seq() >= shown || e.seq() >= session.simulation().trace().size()) {
                break;
            }
            before = e;
        }
        return Optional.ofNullable(before);
    }

    /** The first moment of the run known to come after the present (after a seek back), if any. */
    public Optional<TraceEvent> nextAhead() {
        int size = session.simulation().trace().size();
        return known.stream().filter(e -> e.seq() >= size).findFirst();
    }

    private Optional<TraceEvent> firstUntold() {
        scan(); // what the last engine events brought, even before the next refresh
        int size = session.simulation().trace().size();
        return known.stream().filter(e -> e.seq() > shown && e.seq() < size).findFirst();
    }

    private Optional<TraceEvent> lastBehind() {
        int size = session.simulation().trace().size();
        TraceEvent last = null;
        for (TraceEvent e : known) {
            if (e.seq() >= size) {
                break;
            }
            last = e;
        }
        return Optional.ofNullable(last);
    }

    private void scan() {
        Trace t = session.simulation().trace();
        if (t != trace) {
            trace = t; // rebuilt: the same run again up to here, so what was learnt still holds
        }
        if (t.size() <= scanned) {
            return;
        }
        boolean added = false;
        for (int i = scanned; i < t.size(); i++) {
            TraceEvent e = t.get(i);
            if (Moment.is(e)) {
                known.add(e);
                added = true;
            }
        }
        scanned = t.size();
        if (added) {
            moments.set(List.copyOf(known));
        }
    }

    /** The caption's sentence for {@code e}, with a fault's outlook (what will notice it, or that nothing will). */
    public String sentence(TraceEvent e) {
        var sim = session.simulation();
        List<TraceEvent> events = sim.trace().events();
        int index = (int) e.seq();
        if (index >= events.size() || events.get(index).seq() != e.seq()) {
            return PhraseWords.of(e.payload().phrase(), sim.topology());
        }
        Explanation ex = new Explanation(events, sim.topology());
        Phrase outlook = e.payload() instanceof Payload.FaultInjected f
                ? outlook(e.component(), f.fault()).map(FaultOutlook::caption).orElse(Phrase.EMPTY) : Phrase.EMPTY;
        return PhraseWords.sentence(ex.captionPhrase(index, outlook), sim.topology());
    }

    private Optional<FaultOutlook> outlook(String target, FaultKind kind) {
        try {
            return Optional.of(session.simulation().outlook(target, kind));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "2.027 s" for the caption. */
    public static String time(long us) {
        return String.format(Locale.ROOT, "%.3f s", us / 1e6);
    }
}
