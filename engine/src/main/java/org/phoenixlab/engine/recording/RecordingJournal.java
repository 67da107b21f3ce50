package org.phoenixlab.engine.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.files.AtomicFiles;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.OsReason;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Position;

/**
 * The autosave journal of a session (format "phoenix-lab/journal", version 2, JSON Lines): a first
 * line with the scenario, then one line per command as it is issued and, now and then, a line with
 * the position the session was played to; each line is forced to disk as it is written. After a
 * crash, {@link #recover} gives back the commands and the last position that reached the disk (a torn
 * last line is ignored). Version-1 journals (commands with a time only) are read as well.
 */
public final class RecordingJournal implements AutoCloseable {
    public static final String FORMAT = "phoenix-lab/journal";
    public static final int VERSION = 2;

    private final FileChannel channel;

    private RecordingJournal(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Starts (or starts over) the journal of a session: the scenario, the commands so far and the
     * position reached, written atomically; later lines are appended.
     */
    public static RecordingJournal start(Path file, Scenario scenario, List<Command> commands, Position played) throws IOException {
        ObjectNode head = Json.mapper().createObjectNode();
        head.put("format", FORMAT);
        head.put("version", VERSION);
        head.put("engineVersion", Recording.ENGINE_VERSION);
        head.set("scenario", ScenarioWriter.toTree(scenario));
        StringBuilder text = new StringBuilder(Json.mapper().writeValueAsString(head)).append('\n');
        for (Command c : commands) {
            text.append(Json.mapper().writeValueAsString(RecordingFormat.command(c))).append('\n');
        }
        text.append(playedLine(played)).append('\n');
        AtomicFiles.write(file, text.toString());
        try {
            return new RecordingJournal(FileChannel.open(AtomicFiles.resolved(file), StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new IOException("cannot append to " + file + " (" + OsReason.of(e) + ")", e);
        }
    }

    /** Appends a command the user just issued. */
    public void command(Command c) throws IOException {
        line(Json.mapper().writeValueAsString(RecordingFormat.command(c)));
    }

    /** Appends the position the session has been played (or stepped, or moved back) to. */
    public void played(Position p) throws IOException {
        line(playedLine(p));
    }

    private static String playedLine(Position p) throws IOException {
        ObjectNode o = Json.mapper().createObjectNode();
        o.set("played", RecordingFormat.position(p));
        return Json.mapper().writeValueAsString(o);
    }

    private synchronized void line(String json) throws IOException {
        ByteBuffer b = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** What a journal held: the scenario, the commands whose lines are complete, and the last position played to. */
    public record Recovered(Scenario scenario, List<Command> commands, Position played) {
        public Recovered {
            commands = List.copyOf(commands);
        }

        /** Where the session stood: the last position written, or its last command if that came later. */
        public Position end() {
            Position end = played;
            if (!commands.isEmpty() && commands.get(commands.size() - 1).at().isAfter(end)) {
                end = commands.get(commands.size() - 1).at();
            }
            return end;
        }

        /** The session rebuilt to where it stood, as a recording. */
        public Recording toRecording() {
            return Recording.of(Rebuild.to(scenario, commands, end()));
        }
    }

    /** Reads a journal; a torn last line (the crash came mid-write) is ignored, anything else is an error. */
    public static Recovered recover(Path file) throws BadFileException {
        String name = file.toString();
        String text = new String(LocatedJson.bytes(file, RecordingFormat.MAX_FILE_BYTES), StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int complete = lines.length - 1; // after the last newline comes "" or the torn line of a crash
        if (complete < 1) {
            throw new BadFileException(name, "the journal has no complete first line (no scenario)");
        }
        Reader r = new Reader(name);
        Node.Obj head = r.object(LocatedJson.read(name, lines[0].getBytes(StandardCharsets.UTF_8)), "");
        long version = r.header(head, FORMAT, VERSION, "autosave journal");
        r.onlyFields(head, "", java.util.Set.of("format", "version", "engineVersion", "scenario"));
        Scenario scenario = ScenarioLoader.parse(r, r.required(head, "", "scenario"));
        List<Command> commands = new ArrayList<>();
        Position played = Position.START;
        Position previous = Position.START;
        for (int i = 1; i < complete; i++) {
            String where = name + " (line " + (i + 1) + ")";
            Reader lr = new Reader(where);
            Node.Obj o = lr.object(LocatedJson.read(where, lines[i].getBytes(StandardCharsets.UTF_8)), "");
            if (o.fields().containsKey("played")) {
                lr.onlyFields(o, "", java.util.Set.of("played"));
                played = RecordingFormat.position(lr, o.fields().get("played"), "played");
                continue;
            }
            Position at = RecordingFormat.commandPosition(lr, o, "", version);
            if (previous.isAfter(at)) {
                throw lr.problem(o.fields().get("at"), "at", "comes before the command of the line above");
            }
            previous = at;
            commands.add(RecordingFormat.parseCommand(lr, o, "", at));
        }
        return new Recovered(scenario, commands, played);
    }
}
