package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.files.BadFileException;

/**
 * What the checker refuses (docs/LESSONS.md): a step the student never sees wait (its event came
 * before it was shown, or less than a second of wall time after), and a quiz whose right answer states
 * a figure the lesson's own run does not have. Each planted lesson is one the shipped lessons once were.
 */
class LessonRefusalTest {
    private static final String CRASH_DRIVER = """
            {"text": "Crash the NIC driver.", "pace": "slow",
             "until": {"action": {"inject": {"target": "net_uk/nic-driver", "kind": "crash"}}}}""";

    private static Lesson lesson(String scenario, String... steps) throws BadFileException {
        String file = """
                {
                  "format": "phoenix-lab/lesson", "version": 1,
                  "id": "planted", "title": "Planted", "goals": ["Be refused"], "minutes": 5,
                  "scenario": "%s", "keepScriptedFaults": false,
                  "steps": [ %s ]
                }
                """.formatted(scenario, String.join(",\n", steps));
        return LessonLoader.parse("planted.lesson.json", file.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String refused(Lesson l) {
        return assertThrows(BadFileException.class, () -> LessonCheck.requireValid(l)).getMessage();
    }

    private static String quiz(String choices) {
        return """
                {"text": "Think.", "pace": "pause", "until": {"quiz": {"question": "How much?", "choices": [%s]}}}""".formatted(choices);
    }

    @Test
    void aStepWhoseEventCameBeforeItWasShownIsRefused() throws Exception {
        // lesson 2 as it was: "traffic stopped" is logged at the injection itself
        String said = refused(lesson("lesson-02-single-point-of-failure.scenario.json",
                """
                {"text": "Crash the pVM.", "pace": "slow", "until": {"action": {"inject": {"target": "vmm", "kind": "crash-all-pvm"}}}}""",
                """
                {"text": "Watch the traffic stop.", "pace": "play", "until": {"event": {"type": "traffic-interrupted"}}}"""));
        assertTrue(said.contains("planted.lesson.json: step 2: waits for a \"traffic-interrupted\" event, which has already happened"
                + " when the step is shown"), said);
    }

    @Test
    void aStepOverWithinASecondOfWallTimeIsRefusedAndSlowMotionMendsIt() throws Exception {
        // lesson 5 as it was: the 27 ms driver timeout at 0.1x is 0.27 s on screen
        String wait = """
                {"text": "The poll never ends; the timer fires.", "pace": "%s",
                 "until": {"event": {"type": "detected", "component": "net_uk/nic-driver"}}}""";
        String said = refused(lesson("lesson-05-nic-driver-crash.scenario.json", CRASH_DRIVER, wait.formatted("slow")));
        assertTrue(said.contains("step 2: waits for a \"detected\" event on net_uk/nic-driver, which comes 27.6 ms after the step is"
                + " shown: under slow (0.1x) that is less than a second on screen"), said);
        // at 0.01x the same 27.6 ms are 2.8 s on screen
        LessonCheck.requireValid(lesson("lesson-05-nic-driver-crash.scenario.json", CRASH_DRIVER, wait.formatted("slow-motion"),
                quiz("{\"text\": \"A\", \"correct\": true, \"explanation\": \"Yes.\"}, {\"text\": \"B\", \"explanation\": \"No.\"}")));
    }

    @Test
    void anEventThatComesWhileTheStudentReadsARunningQuizIsRefused() throws Exception {
        // a quiz that lets the run play: by the time it is answered, the 4.7 s reload is over
        String said = refused(lesson("lesson-05-nic-driver-crash.scenario.json", CRASH_DRIVER,
                """
                {"text": "Watch.", "pace": "slow-motion", "until": {"event": {"type": "detected", "component": "net_uk/nic-driver"}}}""",
                """
                {"text": "Think while it plays.", "pace": "play", "until": {"quiz": {"question": "Lost?", "choices": [
                  {"text": "None", "correct": true, "explanation": "Yes."}, {"text": "All", "explanation": "No."}]}}}""",
                """
                {"text": "Let the reload finish.", "pace": "play", "until": {"event": {"type": "repair-finished", "component": "net_uk/nic-driver"}}}"""));
        assertTrue(said.contains("step 4: waits for a \"repair-finished\" event on net_uk/nic-driver, which has already happened"), said);
    }

    /** Traffic flows a while (the Next step plays at 0.1x while it is read), then net_uk crashes. */
    @Test
    void aFaultToInjectWhileTheRunPlaysTowardsItsEndIsRefused() throws Exception {
        // lesson 5's second crash, had it kept playing: at the story speed the 15 s run is over in seconds
        String said = refused(lesson("lesson-05-nic-driver-crash.scenario.json",
                """
                {"text": "Crash the NIC driver.", "pace": "play",
                 "until": {"action": {"inject": {"target": "net_uk/nic-driver", "kind": "crash"}}}}""",
                """
                {"text": "Wait.", "pace": "play", "until": {"event": {"type": "repair-finished"}}}"""));
        assertTrue(said.contains("step 1: asks the student to inject \"crash\" on net_uk/nic-driver while the run plays under the story"
                + " speed, and the run ends"), said);
    }

    private static final String HEARTBEAT_DETECTION = """
            {"text": "Look at the traffic.", "pace": "slow", "until": {"next": true}},
            {"text": "Crash net_uk.", "pace": "slow", "until": {"action": {"inject": {"target": "net_uk", "kind": "crash"}}}}""";
    private static final String WAIT_HEARTBEAT = """
            {"text": "Wait in slow motion.", "pace": "slow-motion", "until": {"event": {"type": "detected", "component": "net_uk"}}}""";

    @Test
    void aRightAnswerStatingAFigureTheRunDoesNotHaveIsRefused() throws Exception {
        // lesson 4 as it was: "one period + 5 ms" (P = 62 ms) as the worst case, while the run detects later
        String said = refused(lesson("lesson-04-heartbeats.scenario.json", HEARTBEAT_DETECTION, WAIT_HEARTBEAT, quiz("""
                {"text": "At most one period plus 5 ms", "correct": true, "explanation": "Hm.",
                 "figure": {"field": "detection", "value": 33.5, "tolerance": 33.5}},
                {"text": "Between P + 5 and 2P + 5 ms", "explanation": "Hm."}""")));
        assertTrue(said.contains("step 4: the right answer \"At most one period plus 5 ms\" states detection 33.50 ± 33.50 ms,"
                + " but the lesson's run measures"), said);
    }

    @Test
    void aWrongAnswerStatingTheRunsFigureIsRefusedAndTheTrueOnePasses() throws Exception {
        String said = refused(lesson("lesson-04-heartbeats.scenario.json", HEARTBEAT_DETECTION, WAIT_HEARTBEAT, quiz("""
                {"text": "Between P + 5 and 2P + 5 ms", "correct": true, "explanation": "Yes."},
                {"text": "Under 200 ms", "explanation": "No.", "figure": {"field": "detection", "value": 100, "tolerance": 100}}""")));
        assertTrue(said.contains("step 4: the wrong answer \"Under 200 ms\" states detection 100 ± 100 ms, which is what the lesson's"
                + " run measures"), said);
        LessonCheck.requireValid(lesson("lesson-04-heartbeats.scenario.json", HEARTBEAT_DETECTION, WAIT_HEARTBEAT, quiz("""
                {"text": "Between P + 5 and 2P + 5 ms", "correct": true, "explanation": "Yes.",
                 "figure": {"field": "detection", "value": 98, "tolerance": 31}},
                {"text": "Within the 5 ms deadline", "explanation": "No.", "figure": {"field": "detection", "value": 2.5, "tolerance": 2.5}}""")));
    }

    @Test
    void aFigureOfARunTheLessonNeverPlayedOrOfNoMetricsRowIsRefused() throws Exception {
        String said = refused(lesson("lesson-04-heartbeats.scenario.json", HEARTBEAT_DETECTION, WAIT_HEARTBEAT, quiz("""
                {"text": "None under xoar", "correct": true, "explanation": "Yes.",
                 "figure": {"field": "packets lost", "value": 0, "tolerance": 0, "strategy": "xoar"}},
                {"text": "Some", "explanation": "No."}""")));
        assertTrue(said.contains("step 4: an answer states packets lost 0 ± 0 under xoar, but the lesson has not run under xoar"), said);
        BadFileException e = assertThrows(BadFileException.class, () -> lesson("lesson-04-heartbeats.scenario.json", quiz("""
                {"text": "Fast", "correct": true, "explanation": "Yes.", "figure": {"field": "speed", "value": 1, "tolerance": 0}},
                {"text": "Slow", "explanation": "No."}""")));
        assertTrue(e.getMessage().contains("figure.field: is \"speed\" (expected a row of the Metrics tab"), e.getMessage());
    }
}
