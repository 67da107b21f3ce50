package org.phoenixlab.engine.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.phoenixlab.engine.kernel.AppendOnlyLog;
import org.phoenixlab.engine.model.ComponentSpec;

/**
 * The whole state of one simulation at one moment, as bytes: every component, ring, queue, random
 * stream, pending kernel event (the lambdas and what they captured), command and figure. It is taken
 * with Java serialization of the engine's object graph, so state a class adds later is copied without
 * code here; a class or a lambda that cannot be copied fails the checkpoint with its name.
 * <p>
 * Two kinds of object are not copied. What never changes during a run (topology, strategy, component
 * specifications) is shared, written as a reference. What only grows (the trace, the throughput
 * series: {@link AppendOnlyLog}) is kept by its length: a restore gets a view of the same storage cut
 * at that length. See docs/ARCHITECTURE.md, "Checkpoints".
 */
public final class Checkpoint {
    private byte[] state;
    private int offset;
    private final int length;
    private final List<AppendOnlyLog> logs;
    private final Shared owner;
    private final long events;
    private final long nowUs;
    private final int traceEvents;
    private final int commands;

    private Checkpoint(byte[] state, List<AppendOnlyLog> logs, Shared owner, long events, long nowUs, int traceEvents,
                       int commands) {
        this.state = state;
        this.length = state.length;
        this.logs = logs;
        this.owner = owner;
        this.events = events;
        this.nowUs = nowUs;
        this.traceEvents = traceEvents;
        this.commands = commands;
    }

    /** Commands the run had issued when it was taken. */
    public int commands() {
        return commands;
    }

    /** Engine events run when it was taken. */
    public long events() {
        return events;
    }

    /** The virtual clock when it was taken. */
    public long nowUs() {
        return nowUs;
    }

    /** Trace events when it was taken. */
    public int traceEvents() {
        return traceEvents;
    }

    /** Bytes the copy takes (the figure a memory budget counts). */
    public int sizeBytes() {
        return length;
    }

    /**
     * Moves the bytes into a large block shared with other checkpoints. The garbage collector places
     * such blocks in the old generation at once, instead of copying every young checkpoint again at
     * each collection (which made a seek that met a collection take several frames).
     */
    void moveTo(Slabs slabs) {
        Slabs.Place p = slabs.store(state, offset, length);
        state = p.block();
        offset = p.offset();
    }

    static Checkpoint of(Host host, Shared shared) {
        List<AppendOnlyLog> logs = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (Out out = new Out(bytes, shared, logs)) {
            out.writeObject(host);
        } catch (NotSerializableException e) {
            throw new IllegalStateException("the engine state cannot be checkpointed: " + e.getMessage()
                    + " is not serializable (engine classes implement EngineState; a lambda kept in the state must"
                    + " have a serializable interface and capture only serializable values)", e);
        } catch (IOException e) {
            throw new IllegalStateException("the engine state cannot be checkpointed: " + e, e);
        }
        return new Checkpoint(bytes.toByteArray(), List.copyOf(logs), shared, host.kernel.executed(), host.now(),
                host.trace.size(), host.commands.size());
    }

    Host restore(Shared shared) {
        if (shared != owner) {
            throw new IllegalArgumentException("a checkpoint can only be restored into the simulation it was taken from");
        }
        try (In in = new In(new ByteArrayInputStream(state, offset, length), shared, logs)) {
            return (Host) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the checkpoint cannot be restored: " + e, e);
        }
    }

    /** The objects every checkpoint of one simulation refers to instead of copying. */
    static final class Shared {
        private final Object[] objects;
        private final IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();

        private Shared(List<Object> objects) {
            this.objects = objects.toArray();
            for (int i = 0; i < this.objects.length; i++) {
                index.putIfAbsent(this.objects[i], i);
            }
        }

        static Shared of(Host host) {
            List<Object> o = new ArrayList<>();
            o.add(host.topology);
            o.add(host.topology.dependencies());
            o.add(host.strategy);
            o.add(host.defects);
            for (Part p : host.parts.all()) {
                o.add(p.spec);
            }
            for (ComponentSpec spec : host.topology.components()) {
                o.add(spec);
            }
            return new Shared(o);
        }
    }

    /** A plain class, not a record: Java serialization restores records through their constructor, which costs more. */
    private static final class SharedRef implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;

        SharedRef(int index) {
            this.index = index;
        }
    }

    private record LogRef(int index, long mark) implements Serializable {
    }

    private static final class Out extends ObjectOutputStream {
        private final Shared shared;
        private final List<AppendOnlyLog> logs;
        private final IdentityHashMap<AppendOnlyLog, Integer> seen = new IdentityHashMap<>();

        Out(ByteArrayOutputStream bytes, Shared shared, List<AppendOnlyLog> logs) throws IOException {
            super(bytes);
            this.shared = shared;
            this.logs = logs;
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            Integer i = shared.index.get(obj);
            if (i != null) {
                return new SharedRef(i);
            }
            if (obj instanceof AppendOnlyLog log) {
                Integer n = seen.get(log);
                if (n == null) {
                    n = logs.size();
                    logs.add(log);
                    seen.put(log, n);
                }
                return new LogRef(n, log.mark());
            }
            return obj;
        }
    }

    private static final class In extends ObjectInputStream {
        private final Shared shared;
        private final List<AppendOnlyLog> logs;

        In(ByteArrayInputStream bytes, Shared shared, List<AppendOnlyLog> logs) throws IOException {
            super(bytes);
            this.shared = shared;
            this.logs = logs;
            enableResolveObject(true);
        }

        @Override
        protected Object resolveObject(Object obj) {
            if (obj instanceof SharedRef r) {
                return shared.objects[r.index];
            }
            if (obj instanceof LogRef r) {
                return logs.get(r.index()).at(r.mark());
            }
            return obj;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            // Only what the engine itself wrote: nothing from outside ever reaches this stream.
            String name = desc.getName();
            if (!name.startsWith("org.phoenixlab.engine.") && !name.startsWith("java.") && !name.startsWith("[")) {
                throw new InvalidClassException(name, "not an engine class");
            }
            return super.resolveClass(desc);
        }
    }
}
