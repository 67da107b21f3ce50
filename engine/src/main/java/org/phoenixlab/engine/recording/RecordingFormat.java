package org.phoenixlab.engine.recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.files.Durations;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;

/**
 * Reads and writes {@code *.recording.json} (format "phoenix-lab/recording"). Version 2 is current: a
 * command and the end carry their exact position (the clock and the number of engine events run
 * before them). Version 1 gave only a time; such files are migrated as they load, each command placed
 * after every event of its microsecond, which is how version 1 replayed it.
 */
public final class RecordingFormat {
    public static final String FORMAT = "phoenix-lab/recording";
    public static final int VERSION = 2;
    /**
     * Recordings may be larger than the files they hold: a scenario at its own limit plus the commands
     * and the trace's segments. Four times the scenario limit leaves room for all of it.
     */
    public static final long MAX_FILE_BYTES = 4 * Json.MAX_FILE_BYTES;
    /** The top-level fields; "$schema" (an editor's pointer to docs/schemas/) is accepted and ignored. */
    static final Set<String> FIELDS = Set.of("$schema", "format", "version", "engineVersion", "scenario", "commands", "end", "trace");

    private RecordingFormat() {
    }

    public static Recording load(Path file) throws BadFileException {
        return parse(new Reader(file.toString()), LocatedJson.read(file, MAX_FILE_BYTES));
    }

    public static Recording parse(Reader r, Node rootNode) throws BadFileException {
        Node.Obj root = r.object(rootNode, "");
        long version = r.header(root, FORMAT, VERSION, "recording");
        r.onlyFields(root, "", FIELDS);
        String engine = r.string(root, "", "engineVersion");
        Scenario scenario = ScenarioLoader.parse(prefixed(r, "scenario"), r.required(root, "", "scenario"));
        Node endNode = r.required(root, "", "end");
        Position end = version == 1 ? Position.afterEventsAt(r.durationOrMicroseconds(endNode, "end")) : position(r, endNode, "end");
        if (end.timeUs() > scenario.durationUs()) {
            throw r.problem(endNode, "end", "is after the end of the scenario (" + Durations.format(scenario.durationUs()) + ")");
        }
        List<Command> commands = new ArrayList<>();
        List<Node> cs = r.list(r.required(root, "", "commands"), "commands");
        Position previous = Position.START;
        for (int i = 0; i < cs.size(); i++) {
            String path = "commands[" + i + "]";
            Node.Obj c = r.object(cs.get(i), path);
            Position at = commandPosition(r, c, path, version);
            if (previous.isAfter(at) || at.isAfter(end)) {
                throw r.problem(c.fields().get("at"), path + ".at", "is " + Durations.format(at.timeUs())
                        + " (expected commands in order, within the recording, which ends at " + Durations.format(end.timeUs()) + ")");
            }
            previous = at;
            commands.add(parseCommand(r, c, path, at));
        }
        Node.Obj t = r.object(r.required(root, "", "trace"), "trace");
        r.onlyFields(t, "trace", Set.of("events", "sha256", "segmentSize", "segments"));
        long events = r.integer(t, "trace", "events", 0, Long.MAX_VALUE);
        String sha = r.string(t, "trace", "sha256");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw r.problem(t.fields().get("sha256"), "trace.sha256", "expected 64 lowercase hexadecimal digits");
        }
        long seg = r.integer(t, "trace", "segmentSize", 1, Integer.MAX_VALUE);
        if (seg != TraceFingerprint.SEGMENT) {
            throw r.problem(t.fields().get("segmentSize"), "trace.segmentSize", "expected " + TraceFingerprint.SEGMENT);
        }
        List<String> segments = new ArrayList<>();
        List<Node> ss = r.list(r.required(t, "trace", "segments"), "trace.segments");
        for (int i = 0; i < ss.size(); i++) {
            String s = r.string(ss.get(i), "trace.segments[" + i + "]");
            if (!s.matches("[0-9a-f]{8}")) {
                throw r.problem(ss.get(i), "trace.segments[" + i + "]", "expected 8 lowercase hexadecimal digits");
            }
            segments.add(s);
        }
        if (segments.size() != (events + TraceFingerprint.SEGMENT - 1) / TraceFingerprint.SEGMENT) {
            throw r.problem(t, "trace", "holds " + segments.size() + " segments for " + events + " events");
        }
        return new Recording(engine, scenario, commands, end, new TraceFingerprint(events, sha, segments));
    }

    /** A version-2 position object: {"at": DURATION, "events": N}; without "events", after every event of that time. */
    static Position position(Reader r, Node n, String path) throws BadFileException {
        Node.Obj o = r.object(n, path);
        r.onlyFields(o, path, Set.of("at", "events"));
        long at = r.duration(r.required(o, path, "at"), Reader.join(path, "at"));
        return new Position(r.optionalInteger(o, path, "events", 0, Position.ALL_EVENTS - 1, Position.ALL_EVENTS), at);
    }

    /** A command's place: its "at" and, from version 2, its "events". */
    static Position commandPosition(Reader r, Node.Obj c, String path, long version) throws BadFileException {
        Node atNode = r.required(c, path, "at");
        long at = version == 1 ? r.durationOrMicroseconds(atNode, path + ".at") : r.duration(atNode, path + ".at");
        long events = version == 1 ? Position.ALL_EVENTS
                : r.optionalInteger(c, path, "events", 0, Position.ALL_EVENTS - 1, Position.ALL_EVENTS);
        return new Position(events, at);
    }

    /** One command object (its position already read and checked). */
    static Command parseCommand(Reader r, Node.Obj c, String path, Position at) throws BadFileException {
        String command = r.string(c, path, "command");
        switch (command) {
            case "inject" -> {
                r.onlyFields(c, path, Set.of("at", "events", "command", "target", "kind"));
                String kindText = r.string(c, path, "kind");
                FaultKind kind = FaultKind.byId(kindText).orElseThrow(() -> r.problem(c.fields().get("kind"),
                        path + ".kind", "unknown fault kind \"" + kindText + "\""));
                return new Command.Inject(at, r.string(c, path, "target"), kind);
            }
            case "operate" -> {
                r.onlyFields(c, path, Set.of("at", "events", "command", "operation", "vm"));
                String opText = r.string(c, path, "operation");
                ScriptedOperation.Kind kind = ScriptedOperation.Kind.byId(opText).orElseThrow(() -> r.problem(
                        c.fields().get("operation"), path + ".operation", "unknown operation \"" + opText + "\""));
                return new Command.Operate(at, kind, r.string(c, path, "vm"));
            }
            default -> throw r.problem(c.fields().get("command"), path + ".command",
                    "unknown command \"" + command + "\" (expected inject or operate)");
        }
    }

    /** A reader whose paths start with {@code prefix} (for the embedded scenario). */
    private static Reader prefixed(Reader r, String prefix) {
        return new Reader(r.file()) {
            @Override
            public BadFileException problem(Node at, String path, String message) {
                return r.problem(at, Reader.join(prefix, path), message);
            }
        };
    }

    public static ObjectNode toTree(Recording rec) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("engineVersion", rec.engineVersion());
        o.set("scenario", ScenarioWriter.toTree(rec.scenario()));
        ArrayNode cs = o.putArray("commands");
        for (Command c : rec.commands()) {
            cs.add(command(c));
        }
        o.set("end", position(rec.end()));
        ObjectNode t = o.putObject("trace");
        t.put("events", rec.trace().events());
        t.put("sha256", rec.trace().sha256());
        t.put("segmentSize", TraceFingerprint.SEGMENT);
        ArrayNode segs = t.putArray("segments");
        rec.trace().segments().forEach(segs::add);
        return o;
    }

    static ObjectNode position(Position p) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("at", Durations.format(p.timeUs()));
        if (p.exact()) {
            n.put("events", p.events());
        }
        return n;
    }

    static ObjectNode command(Command c) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("at", Durations.format(c.atUs()));
        if (c.at().exact()) {
            n.put("events", c.at().events());
        }
        if (c instanceof Command.Inject i) {
            n.put("command", "inject").put("target", i.target()).put("kind", i.kind().id());
        } else if (c instanceof Command.Operate op) {
            n.put("command", "operate").put("operation", op.kind().id()).put("vm", op.vm());
        }
        return n;
    }

    /** The file's text: indented for a person, or on one line when that is large (see {@link Json#text}). */
    public static String toJson(Recording rec) {
        return Json.text(toTree(rec));
    }
}
