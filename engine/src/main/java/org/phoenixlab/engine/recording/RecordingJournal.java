package org.phoenixlab.engine.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.files.Json;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScenarioWriter;
import org.phoenixlab.engine.sim.Command;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The autosave journal of a session: a first line with the scenario, then one line per command,
 * each forced to disk as it is issued. After a crash, {@link #recover} rebuilds the recording up to
 * the last command that reached the disk.
 */
public final class RecordingJournal implements AutoCloseable {
    public static final String FORMAT = "phoenix-lab/journal";

    private final FileChannel channel;

    private RecordingJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** Starts a journal for {@code sim} and has it record every command from now on. */
    public static RecordingJournal attach(Path file, Simulation sim) throws IOException {
        RecordingJournal j = new RecordingJournal(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
        ObjectNode head = Json.mapper().createObjectNode();
        head.put("format", FORMAT);
        head.put("version", 1);
        head.put("engineVersion", Recording.ENGINE_VERSION);
        head.set("scenario", ScenarioWriter.toTree(sim.scenario()));
        j.line(Json.mapper().writeValueAsString(head));
        for (Command c : sim.commands()) {
            j.line(Json.mapper().writeValueAsString(RecordingFormat.command(c)));
        }
        sim.onCommand(c -> {
            try {
                j.line(Json.mapper().writeValueAsString(RecordingFormat.command(c)));
            } catch (IOException e) {
                throw new UncheckedIOException("the autosave journal could not be written", e);
            }
        });
        return j;
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

    /** What a journal held: the scenario and the commands whose lines are complete. */
    public record Recovered(Scenario scenario, List<Command> commands) {
        /** The recording up to the last recovered command. */
        public Recording toRecording() {
            Simulation sim = new Simulation(scenario);
            for (Command c : commands) {
                sim.apply(c);
            }
            return Recording.of(sim);
        }
    }

    /** Reads a journal; a torn last line (the crash came mid-write) is ignored, anything else is an error. */
    public static Recovered recover(Path file) throws BadFileException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadFileException(name, "cannot be read (" + e.getMessage() + ")");
        }
        String[] lines = text.split("\n", -1);
        int complete = lines.length - 1; // after the last newline comes "" or the torn line of a crash
        if (complete < 1) {
            throw new BadFileException(name, "the journal has no complete first line (no scenario)");
        }
        Reader r = new Reader(name);
        Node.Obj head = r.object(LocatedJson.read(name + " (line 1)", lines[0].getBytes(StandardCharsets.UTF_8)), "");
        if (!FORMAT.equals(r.string(head, "", "format"))) {
            throw r.problem(head, "format", "this is not a Phoenix Lab journal");
        }
        Scenario scenario = ScenarioLoader.parse(r, r.required(head, "", "scenario"));
        List<Command> commands = new ArrayList<>();
        for (int i = 1; i < complete; i++) {
            String path = "line " + (i + 1);
            Reader lr = new Reader(name + " (" + path + ")");
            Node.Obj c = lr.object(LocatedJson.read(name + " (" + path + ")", lines[i].getBytes(StandardCharsets.UTF_8)), "");
            long at = lr.duration(lr.required(c, "", "at"), "at");
            commands.add(RecordingFormat.parseCommand(lr, c, "", at));
        }
        return new Recovered(scenario, commands);
    }
}
