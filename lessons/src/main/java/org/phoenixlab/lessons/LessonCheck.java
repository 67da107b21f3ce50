package org.phoenixlab.lessons;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.phoenixlab.engine.files.BadFileException;
import org.phoenixlab.engine.model.Topology;
import org.phoenixlab.engine.sim.Simulation;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/**
 * Checks what a well-formed lesson means: every focus and target exists in its scenario's topology,
 * every fault makes sense for its target, strategies exist, quizzes have exactly one right answer,
 * every expected event really happens when the lesson is played (by {@link LessonPlaythrough}), and
 * every step's words about the screen are true: a step that speaks of a panel says which of its
 * fields it means ({@code shows}), each field is one that panel shows ({@link ScreenList}), and the
 * step's words name it.
 */
public final class LessonCheck {
    /** Words that say a panel shows something in particular: then a field must be named. */
    private static final List<String> SHOWING = List.of("shows", "show ", "field", "how many", "counter", "number of", "count");

    private LessonCheck() {
    }

    /** Throws, naming the file, the step and the reason, if the lesson cannot be played to its end. */
    public static void requireValid(Lesson lesson) throws BadFileException {
        try {
            checkScreenClaims(lesson, ScreenList.shipped());
            new LessonPlaythrough(lesson).play();
        } catch (LessonPlaythrough.LessonProblem p) {
            throw new BadFileException(lesson.file(), p.getMessage());
        }
    }

    /** The first step whose words about the screen are not what {@code screen} shows, as a problem. */
    static void checkScreenClaims(Lesson lesson, ScreenList screen) throws LessonPlaythrough.LessonProblem {
        Topology topology = Topology.standard(lesson.scenario().guests(), true);
        String strategy = lesson.scenario().strategy();
        for (LessonStep step : lesson.steps()) {
            int n = step.number();
            String said = step.allWords();
            String lower = said.toLowerCase(Locale.ROOT);
            for (ScreenClaim c : step.shows()) {
                if (!screen.panels().contains(c.panel())) {
                    throw new LessonPlaythrough.LessonProblem(n, "shows: there is no panel \"" + c.panel() + "\" (expected one of "
                            + String.join(", ", screen.panels()) + ")");
                }
                if (c.field().isEmpty()) {
                    continue;
                }
                Set<String> fields;
                if (c.panel().equals("inspector")) {
                    if (c.component().isEmpty() || !topology.contains(c.component())) {
                        throw new LessonPlaythrough.LessonProblem(n, "shows: an Inspector field needs the component it belongs to"
                                + (c.component().isEmpty() ? "" : " (\"" + c.component() + "\" is not one)"));
                    }
                    fields = screen.inspectorFields(topology, c.component());
                } else {
                    fields = Set.copyOf(screen.fields(c.panel()));
                }
                if (!fields.contains(c.field())) {
                    throw new LessonPlaythrough.LessonProblem(n, "says the screen shows " + c.describe() + ", which it does not"
                            + " (it shows: " + String.join(", ", fields) + ")");
                }
                if (c.panel().equals("legend")) {
                    // a mark is said in the lesson's words ("the purple dots"), not in the legend's: only where it is drawn is checked
                    if (!c.component().isEmpty() && screen.laneMarks().contains(c.field())) {
                        List<String> lanes = new Simulation(lesson.scenario().withStrategy(strategy)).design().heartbeated();
                        if (!lanes.contains(c.component())) {
                            throw new LessonPlaythrough.LessonProblem(n, "says the drawing shows " + c.describe() + ", but under " + strategy
                                    + " that mark is drawn only in the heartbeat lanes of " + String.join(", ", lanes));
                        }
                    }
                    continue;
                }
                if (!lower.contains(c.field().toLowerCase(Locale.ROOT))) {
                    throw new LessonPlaythrough.LessonProblem(n, "claims " + c.describe() + " but its words never name it:"
                            + " write the field as the screen does");
                }
            }
            for (String panel : screen.mentionedIn(said)) {
                List<ScreenClaim> mine = step.shows().stream().filter(c -> c.panel().equals(panel)).toList();
                if (mine.isEmpty()) {
                    throw new LessonPlaythrough.LessonProblem(n, "speaks of the " + panel + " but does not say what of it it means:"
                            + " add \"shows\": [{\"panel\": \"" + panel + "\", \"field\": ...}] (see docs/LESSONS.md)");
                }
                boolean showing = SHOWING.stream().anyMatch(lower::contains);
                if (showing && mine.stream().allMatch(c -> c.field().isEmpty())) {
                    throw new LessonPlaythrough.LessonProblem(n, "says the " + panel + " shows something but names none of its fields"
                            + " in \"shows\"");
                }
            }
            if (step.until() instanceof StepEnd.ExpectAction a && a.action() instanceof StudentAction.SwitchStrategy sw
                    && StrategyCatalog.NAMES.contains(sw.strategy())) {
                strategy = sw.strategy(); // the next steps speak of the redrawn host
            }
        }
    }
}
