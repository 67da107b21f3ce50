package org.phoenixlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phoenixlab.engine.files.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code new lesson|scenario FILE}: a starter file that validates as it is, whose words say what to
 * change. JSON has no comments, so the explanations are the starter's own texts (a scenario's
 * description, a lesson's step texts) and the lines printed after it is written.
 */
@Command(name = "new", description = {"Write a starter lesson or scenario that validates as it is; its texts say what to change.",
        "It never replaces a file that exists."})
final class NewCommand implements Callable<Integer> {
    enum Kind { lesson, scenario }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "lesson or scenario")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the file to write (*.lesson.json or *.scenario.json)")
    Path file;

    static final String SCENARIO = """
            {
              "$schema": "SCHEMA",
              "format": "phoenix-lab/scenario",
              "version": 2,
              "name": "My scenario",
              "description": "Say here what the student will see. Every duration has its unit (150us, 300ms, 2.5s, 2min); phoenix components FILE lists the ids a fault may target and the kinds each accepts.",
              "seed": 1,
              "strategy": "phoenix-fine",
              "topology": { "guests": 3 },
              "parameters": { "heartbeatPeriod": "62ms" },
              "faults": [
                { "at": "2s", "target": "net_uk/nic-driver", "kind": "crash" }
              ],
              "duration": "10s"
            }
            """;

    static final String LESSON = """
            {
              "$schema": "SCHEMA",
              "format": "phoenix-lab/lesson",
              "version": 1,
              "id": "my-lesson",
              "title": "My lesson",
              "goals": ["Say in one line what the student will be able to explain"],
              "minutes": 5,
              "scenario": "lesson-05-nic-driver-crash.scenario.json",
              "keepScriptedFaults": false,
              "steps": [
                {
                  "text": "A step that only asks the student to read ends with Next. Words between *stars* are bold.",
                  "until": { "next": true }
                },
                {
                  "text": "Right-click the *NIC driver* and crash it. (A step can wait for an action: inject, strategy, dependencies, operate or select.)",
                  "focus": ["net_uk/nic-driver"],
                  "pace": "pause",
                  "until": { "action": { "inject": { "target": "net_uk/nic-driver", "kind": "crash" },
                                         "hint": "The hint goes inside action, beside inject: it is said when the student does something else." } }
                },
                {
                  "text": "A step can wait for the engine: here, in slow motion, the poll timeout that finds the crash.",
                  "pace": "slow-motion",
                  "until": { "event": { "type": "detected", "component": "net_uk/nic-driver" } }
                },
                {
                  "text": "A quiz has exactly one right choice; every choice explains itself.",
                  "until": { "quiz": { "question": "What found the crash?", "choices": [
                    { "text": "The driver's poll timeout", "correct": true, "explanation": "Yes: it fires when the driver stops polling the card." },
                    { "text": "A heartbeat", "explanation": "net_uk itself still answers its heartbeats." }
                  ] } }
                }
              ]
            }
            """;

    @Override
    public Integer call() {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInput(file + ": exists already (new never replaces a file: choose another name)");
        }
        String text = (kind == Kind.lesson ? LESSON : SCENARIO).replace("SCHEMA", schema(kind + ".schema.json"));
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder); // a new lesson usually starts a new folder
            }
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new BadInput(file + ": " + org.phoenixlab.engine.files.OsReason.of(e));
        }
        var out = spec.commandLine().getOut();
        out.println("wrote " + file + ": a starter " + kind + " that validates as it is.");
        if (kind == Kind.lesson) {
            out.println("Next: edit its texts and steps, then `phoenix validate " + file + "` (it plays the lesson through, also as a"
                    + " slow student with --verbose), and open it in the window with File > Open lesson.");
        } else {
            out.println("Next: edit it, then `phoenix validate " + file + "`, `phoenix components " + file + "` for the ids,"
                    + " and `phoenix run " + file + "`.");
        }
        out.flush();
        return 0;
    }

    /**
     * Where the schema is, relative to the new file's folder, when the program's docs/schemas/ is found
     * from the working folder; otherwise its identifier (an editor can be pointed at the file by hand).
     */
    private String schema(String name) {
        Path docs = Path.of("docs", "schemas", name).toAbsolutePath();
        if (!Files.isRegularFile(docs)) {
            docs = Path.of("..", "docs", "schemas", name).toAbsolutePath().normalize();
        }
        if (Files.isRegularFile(docs)) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                return folder.relativize(docs).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                return docs.toString().replace('\\', '/');
            }
        }
        return "https://phoenixlab.org/schemas/" + name;
    }
}
