package org.phoenixlab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.files.LocatedJson;
import org.phoenixlab.engine.files.Node;
import org.phoenixlab.engine.files.Reader;
import org.phoenixlab.engine.scenario.Gallery;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/**
 * Reads lesson files (format {@value #FORMAT}, version 1). Every problem names the file, the line and
 * column, the field and what was expected; {@link LessonCheck} then checks what the file means.
 */
public final class LessonLoader {
    public static final String FORMAT = "phoenix-lab/lesson";
    public static final int VERSION = 1;

    /** The top-level fields; "$schema" (an editor's pointer to docs/schemas/) is accepted and ignored. */
    static final Set<String> TOP = Set.of("$schema", "format", "version", "id", "title", "goals", "minutes", "scenario",
            "keepScriptedFaults", "steps");
    static final Set<String> STEP = Set.of("text", "focus", "pace", "until", "shows");

    private LessonLoader() {
    }

    /** Reads and checks a lesson file. */
    public static Lesson load(Path file) throws BadFileException {
        Lesson lesson = parse(new Reader(file.toString()), LocatedJson.read(file), file.toAbsolutePath().getParent());
        LessonCheck.requireValid(lesson);
        return lesson;
    }

    /** Reads a lesson from bytes (a resource); {@code folder} resolves a scenario path, or null. */
    public static Lesson parse(String name, byte[] bytes, Path folder) throws BadFileException {
        return parse(new Reader(name), LocatedJson.read(name, bytes), folder);
    }

    public static Lesson parse(Reader r, Node rootNode, Path folder) throws BadFileException {
        Node.Obj root = r.object(rootNode, "");
        r.header(root, FORMAT, VERSION, "lesson");
        r.onlyFields(root, "", TOP);
        String id = nonEmpty(r, root, "", "id");
        String title = nonEmpty(r, root, "", "title");
        List<String> goals = new ArrayList<>();
        List<Node> goalNodes = r.list(r.required(root, "", "goals"), "goals");
        if (goalNodes.isEmpty()) {
            throw r.problem(root.fields().get("goals"), "goals", "a lesson needs at least one learning goal");
        }
        for (int i = 0; i < goalNodes.size(); i++) {
            goals.add(nonEmpty(r, goalNodes.get(i), "goals[" + i + "]"));
        }
        int minutes = (int) r.integer(r.required(root, "", "minutes"), "minutes", 1, 120, "minutes");
        String scenarioName = nonEmpty(r, root, "", "scenario");
        boolean keepFaults = true;
        Node keep = root.fields().get("keepScriptedFaults");
        if (keep != null) {
            if (!(keep instanceof Node.Bool b)) {
                throw r.problem(keep, "keepScriptedFaults", "expected true or false, found " + keep.typeName());
            }
            keepFaults = b.value();
        }
        Scenario scenario = scenario(r, root.fields().get("scenario"), scenarioName, folder);
        if (!keepFaults) {
            scenario = scenario.withFaults(List.of());
        }
        List<Node> stepNodes = r.list(r.required(root, "", "steps"), "steps");
        if (stepNodes.isEmpty()) {
            throw r.problem(root.fields().get("steps"), "steps", "a lesson needs at least one step");
        }
        List<LessonStep> steps = new ArrayList<>();
        for (int i = 0; i < stepNodes.size(); i++) {
            steps.add(step(r, stepNodes.get(i), i + 1));
        }
        return new Lesson(r.file(), id, title, goals, minutes, scenarioName, scenario, steps);
    }

    private static Scenario scenario(Reader r, Node at, String name, Path folder) throws BadFileException {
        for (Gallery.Entry e : Gallery.entries()) {
            if (e.resource().equals(name)) {
                return e.scenario();
            }
        }
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw r.problem(at, "scenario", "is \"" + name + "\": name a shipped scenario or a file in the lesson's own folder"
                    + " (a plain file name, no folders)");
        }
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            return ScenarioLoader.load(folder.resolve(name));
        }
        if (folder == null) { // a shipped lesson: its scenario may be shipped beside it
            try (InputStream in = LessonLoader.class.getResourceAsStream(LessonCatalog.DIR + name)) {
                if (in != null) {
                    String file = "lessons/" + name;
                    return ScenarioLoader.parse(new Reader(file), LocatedJson.read(file, in.readAllBytes()));
                }
            } catch (IOException e) {
                throw r.problem(at, "scenario", "the scenario \"" + name + "\" beside the lesson cannot be read");
            }
        }
        throw r.problem(at, "scenario", "no shipped scenario and no file beside the lesson is called \"" + name + "\" (shipped: "
                + String.join(", ", Gallery.entries().stream().map(Gallery.Entry::resource).toList()) + ")");
    }

    private static LessonStep step(Reader r, Node n, int number) throws BadFileException {
        String path = "steps[" + (number - 1) + "] (step " + number + ")";
        Node.Obj o = r.object(n, path);
        r.onlyFields(o, path, STEP);
        String text = nonEmpty(r, o, path, "text");
        List<String> focus = new ArrayList<>();
        Node f = o.fields().get("focus");
        if (f != null) {
            List<Node> items = r.list(f, Reader.join(path, "focus"));
            for (int i = 0; i < items.size(); i++) {
                focus.add(nonEmpty(r, items.get(i), Reader.join(path, "focus[" + i + "]")));
            }
        }
        String paceId = r.optionalString(o, path, "pace", "keep");
        Pace pace = Pace.byId(paceId).orElseThrow(() -> r.problem(o.fields().get("pace"), Reader.join(path, "pace"),
                "is \"" + paceId + "\" (expected pause, slow-motion, slow, play or keep)"));
        StepEnd until = until(r, r.object(r.required(o, path, "until"), Reader.join(path, "until")), Reader.join(path, "until"));
        List<ScreenClaim> shows = new ArrayList<>();
        Node sh = o.fields().get("shows");
        if (sh != null) {
            List<Node> items = r.list(sh, Reader.join(path, "shows"));
            for (int i = 0; i < items.size(); i++) {
                String at = Reader.join(path, "shows[" + i + "]");
                Node.Obj c = r.object(items.get(i), at);
                r.onlyFields(c, at, Set.of("panel", "component", "field"));
                shows.add(new ScreenClaim(nonEmpty(r, c, at, "panel"), r.optionalString(c, at, "component", "").strip(),
                        r.optionalString(c, at, "field", "").strip()));
            }
        }
        return new LessonStep(number, text, focus, pace, until, shows);
    }

    private static StepEnd until(Reader r, Node.Obj o, String path) throws BadFileException {
        if (o.fields().containsKey("hint")) {
            throw r.problem(o.fields().get("hint"), Reader.join(path, "hint"), "a hint goes inside \"action\", beside what the"
                    + " student must do: {\"action\": {\"inject\": {...}, \"hint\": \"...\"}}");
        }
        if (o.fields().size() != 1) {
            throw r.problem(o, path, "say exactly one of next, action, event or quiz (found "
                    + (o.fields().isEmpty() ? "none" : String.join(", ", o.fields().keySet())) + ")");
        }
        String kind = o.fields().keySet().iterator().next();
        Node v = o.fields().get(kind);
        String at = Reader.join(path, kind);
        return switch (kind) {
            case "next" -> {
                if (!(v instanceof Node.Bool b) || !b.value()) {
                    throw r.problem(v, at, "expected true");
                }
                yield new StepEnd.Next();
            }
            case "action" -> action(r, r.object(v, at), at);
            case "event" -> event(r, r.object(v, at), at);
            case "quiz" -> quiz(r, r.object(v, at), at);
            default -> throw r.problem(v, at, "unknown ending (expected next, action, event or quiz)");
        };
    }

    private static StepEnd action(Reader r, Node.Obj o, String path) throws BadFileException {
        String hint = r.optionalString(o, path, "hint", "");
        List<String> kinds = new ArrayList<>(o.fields().keySet());
        kinds.remove("hint");
        if (kinds.size() != 1) {
            throw r.problem(o, path, "say exactly one of inject, strategy, dependencies, operate or select");
        }
        String kind = kinds.get(0);
        Node v = o.fields().get(kind);
        String at = Reader.join(path, kind);
        StudentAction action = switch (kind) {
            case "inject" -> {
                Node.Obj i = r.object(v, at);
                r.onlyFields(i, at, Set.of("target", "kind"));
                String faultId = r.string(i, at, "kind");
                FaultKind fk = FaultKind.byId(faultId).orElseThrow(() -> r.problem(i.fields().get("kind"),
                        Reader.join(at, "kind"), "unknown fault \"" + faultId + "\""));
                yield new StudentAction.Inject(nonEmpty(r, i, at, "target"), fk);
            }
            case "strategy" -> new StudentAction.SwitchStrategy(nonEmpty(r, v, at));
            case "dependencies" -> {
                if (!(v instanceof Node.Bool b) || !b.value()) {
                    throw r.problem(v, at, "expected true");
                }
                yield new StudentAction.ShowDependencies();
            }
            case "operate" -> {
                Node.Obj op = r.object(v, at);
                r.onlyFields(op, at, Set.of("kind", "vm"));
                String k = r.string(op, at, "kind");
                ScriptedOperation.Kind ok = ScriptedOperation.Kind.byId(k).orElseThrow(() -> r.problem(op.fields().get("kind"),
                        Reader.join(at, "kind"), "unknown operation \"" + k + "\" (expected create, migrate, checkpoint or destroy)"));
                yield new StudentAction.Operate(ok, nonEmpty(r, op, at, "vm"));
            }
            case "select" -> new StudentAction.Select(nonEmpty(r, v, at));
            default -> throw r.problem(v, at, "unknown action (expected inject, strategy, dependencies, operate or select)");
        };
        return new StepEnd.ExpectAction(action, hint);
    }

    private static StepEnd event(Reader r, Node.Obj o, String path) throws BadFileException {
        r.onlyFields(o, path, Set.of("type", "component", "phase"));
        String type = r.string(o, path, "type");
        if (!StepEnd.ExpectEvent.TYPES.contains(type)) {
            throw r.problem(o.fields().get("type"), Reader.join(path, "type"),
                    "unknown event \"" + type + "\" (expected one of " + String.join(", ", StepEnd.ExpectEvent.TYPES) + ")");
        }
        return new StepEnd.ExpectEvent(type, r.optionalString(o, path, "component", ""), r.optionalString(o, path, "phase", ""));
    }

    private static StepEnd quiz(Reader r, Node.Obj o, String path) throws BadFileException {
        r.onlyFields(o, path, Set.of("question", "choices"));
        String question = nonEmpty(r, o, path, "question");
        List<Node> items = r.list(r.required(o, path, "choices"), Reader.join(path, "choices"));
        List<StepEnd.Choice> choices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Reader.join(path, "choices[" + i + "]");
            Node.Obj c = r.object(items.get(i), at);
            r.onlyFields(c, at, Set.of("text", "correct", "explanation", "figure"));
            Node correct = c.fields().get("correct");
            boolean right = false;
            if (correct != null) {
                if (!(correct instanceof Node.Bool b)) {
                    throw r.problem(correct, Reader.join(at, "correct"), "expected true or false, found " + correct.typeName());
                }
                right = b.value();
            }
            Node fig = c.fields().get("figure");
            QuizFigure figure = fig == null ? null : figure(r, r.object(fig, Reader.join(at, "figure")), Reader.join(at, "figure"));
            choices.add(new StepEnd.Choice(nonEmpty(r, c, at, "text"), right, nonEmpty(r, c, at, "explanation"), figure));
        }
        return new StepEnd.Quiz(question, choices);
    }

    /** A quiz answer's {@code figure}: {"field": ..., "value": ..., "tolerance": ..., "strategy": ..., "target": ...}. */
    private static QuizFigure figure(Reader r, Node.Obj o, String path) throws BadFileException {
        r.onlyFields(o, path, Set.of("field", "value", "tolerance", "strategy", "target"));
        String field = r.string(o, path, "field");
        if (!QuizFigure.FIELDS.contains(field)) {
            throw r.problem(o.fields().get("field"), Reader.join(path, "field"), "is \"" + field
                    + "\" (expected a row of the Metrics tab: " + String.join(", ", QuizFigure.FIELDS) + ")");
        }
        double value = number(r, r.required(o, path, "value"), Reader.join(path, "value"));
        double tolerance = number(r, r.required(o, path, "tolerance"), Reader.join(path, "tolerance"));
        return new QuizFigure(field, value, tolerance, r.optionalString(o, path, "strategy", "").strip(),
                r.optionalString(o, path, "target", "").strip());
    }

    private static double number(Reader r, Node n, String path) throws BadFileException {
        if (!(n instanceof Node.Num num)) {
            throw r.problem(n, path, "expected a number, found " + n.typeName());
        }
        double d;
        try {
            d = Double.parseDouble(num.text());
        } catch (NumberFormatException e) {
            throw r.problem(n, path, "is not a number");
        }
        if (!Double.isFinite(d) || d < 0) {
            throw r.problem(n, path, "is " + num.text() + " (expected a number of 0 or more)");
        }
        return d;
    }

    private static String nonEmpty(Reader r, Node.Obj o, String path, String field) throws BadFileException {
        return nonEmpty(r, r.required(o, path, field), Reader.join(path, field));
    }

    private static String nonEmpty(Reader r, Node n, String path) throws BadFileException {
        String s = r.string(n, path);
        if (s.isBlank()) {
            throw r.problem(n, path, "is empty");
        }
        return s.strip();
    }

    /** Reads a lesson shipped in this module's resources. */
    static Lesson resource(String name) {
        try (InputStream in = LessonLoader.class.getResourceAsStream(LessonCatalog.DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lesson resource " + name);
            }
            Lesson l = parse("lessons/" + name, in.readAllBytes(), null);
            LessonCheck.requireValid(l);
            return l;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (BadFileException e) {
            throw new IllegalStateException("a shipped lesson is broken: " + e.getMessage(), e);
        }
    }
}
