package org.phoenixlab.engine.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoints of one simulation kept as it runs, so that going to any earlier (or already visited
 * later) position costs one restore and a short run forward, whatever the session's length, instead
 * of a rebuild from the start.
 * <p>
 * A checkpoint is kept every {@link #spacing()} engine events (chosen from the topology so that the
 * run between two of them is a few milliseconds of engine work; see {@link #spacingFor(int)}). Their
 * memory is bounded: past the budget every second checkpoint is dropped and the spacing doubles, so a
 * session of any length fits, seeking growing slower only beyond the length the budget was set for.
 * The caller applies the user's commands ({@code recording.Rebuild} is the one place that does, for
 * the window's session, a replay and an autosave restore alike); when it issues a new one at an
 * earlier position (the session branches), it calls {@link #branch()} so that the checkpoints of the
 * abandoned future go.
 */
public final class SessionHistory {
    /** The memory the checkpoints may take: a 60-minute session with 64 guests needs about a tenth of it. */
    public static final long DEFAULT_BUDGET_BYTES = 200L * 1024 * 1024;

    private final Simulation sim;
    private final long budgetBytes;
    private long spacing;
    private final List<Checkpoint> kept = new ArrayList<>();
    private final Slabs slabs;
    private long bytes;
    private long nextDue;
    private boolean started;

    public SessionHistory(Simulation sim) {
        this(sim, spacingFor(sim.topology().guests()), DEFAULT_BUDGET_BYTES);
    }

    public SessionHistory(Simulation sim, long spacingEvents, long budgetBytes) {
        if (spacingEvents < 1 || budgetBytes < 1) {
            throw new IllegalArgumentException("spacing and budget must be positive");
        }
        this.sim = sim;
        this.spacing = spacingEvents;
        this.budgetBytes = budgetBytes;
        this.slabs = new Slabs(budgetBytes);
        // The checkpoint of the start is kept when first needed: see start().
    }

    /**
     * Keeps the checkpoint of the run's start, if it is not kept yet. Whatever moves or changes the simulation
     * through this history does this first ({@code recording.Rebuild} applies a command only after a
     * {@link #moveTo}), so that checkpoint is the run's start exactly, whenever it is taken. A window calls it
     * just after its first frame: the first checkpoint a program takes is by far its costliest (Java's
     * serialisation describes every class of the state once), and the first frame need not wait for it.
     */
    public void start() {
        if (!started) {
            started = true;
            keep();
        }
    }

    /** Whether the checkpoint of the start is kept (see {@link #start()}). */
    public boolean started() {
        return started;
    }

    /**
     * Engine events between two checkpoints for a topology of {@code guests}. Most events are I/O
     * ticks whose cost grows with the number of rings: about 0.06 µs + 0.0025 µs per guest each,
     * measured with bench on this project's 2-core machine when it was quiet; the spacing makes the
     * run between two checkpoints about 2 ms of such work, which with a restore (about 1 ms for 64
     * guests) leaves room in a 16 ms frame even when the machine is several times slower under load.
     * For 60 minutes with 64 guests that is about 950 checkpoints, 74 MB.
     */
    public static long spacingFor(int guests) {
        return Math.max(5_000, Math.round(2_000 / (0.0626 + 0.00246 * guests)));
    }

    public Simulation simulation() {
        return sim;
    }

    public long spacing() {
        return spacing;
    }

    /** Checkpoints kept now. */
    public int size() {
        return kept.size();
    }

    /** Bytes the kept checkpoints take. */
    public long bytes() {
        return bytes;
    }

    /** Bytes set aside for them (in blocks of {@link Slabs#BLOCK}): what the budget limits. */
    public long reservedBytes() {
        return slabs.allocated();
    }

    /** Runs forward to virtual time {@code us} (every event up to it), keeping checkpoints on the way. */
    public void runUntil(long us) {
        moveTo(Position.afterEventsAt(us));
    }

    /** Runs the next event (keeping a checkpoint first if one is due); false when none is left. */
    public boolean step() {
        start();
        if (sim.eventsExecuted() >= nextDue) {
            keep();
        }
        return sim.step();
    }

    /**
     * Runs forward to {@code p} as {@link Simulation#moveTo} does, keeping checkpoints on the way.
     * Never moves backwards: {@link #restoreNearest} does that.
     */
    public void moveTo(Position p) {
        start();
        long t = p.timeUs();
        while (sim.nextEventUs() <= t && (sim.eventsExecuted() < p.events() || sim.nextEventUs() < t)) {
            step();
        }
        sim.moveTo(p); // only the clock is left to move
    }

    /**
     * Moves the simulation to the latest checkpoint at or before {@code p} when that saves work:
     * always when {@code p} is behind the simulation, and when it is ahead but a checkpoint lies
     * between. The caller then runs forward to {@code p} exactly (applying its commands on the way:
     * {@code recording.Rebuild}). Returns whether a checkpoint was restored.
     */
    public boolean restoreNearest(Position p) {
        start();
        Checkpoint best = null;
        for (int i = kept.size() - 1; i >= 0; i--) {
            Checkpoint c = kept.get(i);
            if (c.events() <= p.events() && c.nowUs() <= p.timeUs()) {
                best = c;
                break;
            }
        }
        long at = sim.eventsExecuted();
        boolean behind = p.events() < at || p.timeUs() < sim.nowUs();
        if (best == null || !behind && best.events() <= at) {
            return false;
        }
        restore(best);
        return true;
    }

    /**
     * Back to the start of the run, dropping every later checkpoint: the session takes another course
     * from its beginning (a saved session's commands replace the ones this run had).
     */
    public void restart() {
        start();
        restore(kept.get(0));
        branch();
    }

    private void restore(Checkpoint c) {
        sim.restore(c);
        nextDue = c.events() + spacing;
    }

    /** The run changes course here: the checkpoints taken after this position belong to a future that is gone. */
    public void branch() {
        long at = sim.eventsExecuted();
        long now = sim.nowUs();
        int commands = sim.commands().size();
        // Later ones go, and one at this very event count taken later on the clock (the new command
        // comes before it) or after a command the new course does not have.
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).events() > at
                || kept.get(kept.size() - 1).events() == at && (kept.get(kept.size() - 1).nowUs() > now
                        || kept.get(kept.size() - 1).commands() > commands))) {
            bytes -= kept.remove(kept.size() - 1).sizeBytes();
        }
        nextDue = Math.min(nextDue, (kept.isEmpty() ? at : kept.get(kept.size() - 1).events()) + spacing);
    }

    private void keep() {
        long at = sim.eventsExecuted();
        int i = kept.size();
        while (i > 0 && kept.get(i - 1).events() > at) {
            i--;
        }
        boolean nearFloor = i > 0 && at - kept.get(i - 1).events() < spacing;
        boolean nearCeiling = i < kept.size() && kept.get(i).events() - at < spacing;
        if (!nearFloor && !nearCeiling) {
            Checkpoint c = sim.checkpoint();
            c.moveTo(slabs);
            kept.add(i, c);
            bytes += c.sizeBytes();
            if (slabs.allocated() > budgetBytes) {
                if (bytes < budgetBytes / 2) {
                    slabs.compact(kept); // mostly space of checkpoints dropped by a branch: pack the rest
                } else {
                    thin();
                }
            }
        }
        // Due again a spacing after this position, or right after the next kept one (known ground between).
        long next = at + spacing;
        for (int k = i; k < kept.size(); k++) {
            if (kept.get(k).events() > at) {
                next = Math.max(next, kept.get(k).events() + spacing);
                break;
            }
        }
        nextDue = nearCeiling ? next : at + spacing;
    }

    /** Over budget: every second checkpoint goes (the first, at the start, stays) and the spacing doubles. */
    private void thin() {
        List<Checkpoint> left = new ArrayList<>();
        bytes = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (i % 2 == 0) {
                left.add(kept.get(i));
                bytes += kept.get(i).sizeBytes();
            }
        }
        kept.clear();
        kept.addAll(left);
        slabs.compact(kept);
        spacing *= 2;
    }
}
