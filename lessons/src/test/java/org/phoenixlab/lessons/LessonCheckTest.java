package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.files.BadFileException;

/** A lesson's words about the screen are checked against what the screen shows (screen.json). */
class LessonCheckTest {
    private static Lesson lesson(String stepJson) throws BadFileException {
        String file = """
                {
                  "format": "phoenix-lab/lesson", "version": 1,
                  "id": "mine", "title": "My lesson", "goals": ["Look"], "minutes": 5,
                  "scenario": "lesson-01-privileged-vm.scenario.json",
                  "steps": [ %s,
                    {"text": "Why?", "until": {"quiz": {"question": "Who?", "choices": [
                      {"text": "A", "correct": true, "explanation": "Yes."}, {"text": "B", "explanation": "No."}]}}} ]
                }
                """.formatted(stepJson);
        return LessonLoader.parse("mine.lesson.json", file.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    private static String problem(String stepJson) throws BadFileException {
        Lesson l = lesson(stepJson);
        return assertThrows(BadFileException.class, () -> LessonCheck.requireValid(l)).getMessage();
    }

    @Test
    void everyShippedLessonSaysOnlyWhatTheScreenShows() {
        List<String> problems = new ArrayList<>();
        for (Lesson l : LessonCatalog.allUnchecked()) {
            try {
                LessonCheck.checkScreenClaims(l, ScreenList.shipped());
            } catch (LessonPlaythrough.LessonProblem p) {
                problems.add(l.file() + ": " + p.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aStepNamingAnInspectorFieldThatIsNotThereFails() throws Exception {
        // lesson 1 step 4 as it was: NetBack's Inspector has no count of packets forwarded
        String said = problem("""
                {"text": "The Inspector shows how many packets NetBack has forwarded.", "until": {"next": true},
                 "shows": [{"panel": "inspector", "component": "net_uk/netback", "field": "packets forwarded"}]}""");
        assertTrue(said.startsWith("mine.lesson.json: step 1: says the screen shows \"packets forwarded\" in the inspector of net_uk/netback,"
                + " which it does not"), said);
        assertTrue(said.contains("packets held now"), "it lists what is there: " + said);
    }

    @Test
    void aStepThatSpeaksOfAPanelMustSayWhatOfItItMeans() throws Exception {
        String said = problem("""
                {"text": "The Inspector shows how many packets NetBack has forwarded.", "until": {"next": true}}""");
        assertTrue(said.contains("step 1: speaks of the inspector but does not say what of it it means"), said);
        said = problem("""
                {"text": "The Inspector shows how many packets NetBack has forwarded.", "until": {"next": true},
                 "shows": [{"panel": "inspector"}]}""");
        assertTrue(said.contains("step 1: says the inspector shows something but names none of its fields"), said);
        said = problem("""
                {"text": "Look at the Inspector.", "until": {"next": true},
                 "shows": [{"panel": "inspector", "component": "net_uk/netback", "field": "packets held now"}]}""");
        assertTrue(said.contains("claims \"packets held now\" in the inspector of net_uk/netback but its words never name it"), said);
    }

    @Test
    void aTrueClaimPasses() throws Exception {
        LessonCheck.checkScreenClaims(lesson("""
                {"text": "In the Inspector, *packets held now* is the shadow driver's buffer; a ring shows its *producer index*.",
                 "until": {"next": true},
                 "shows": [{"panel": "inspector", "component": "net_uk/netback", "field": "packets held now"},
                           {"panel": "inspector", "component": "ring/guest/1/net", "field": "producer index"}]}"""),
                ScreenList.shipped());
    }

    @Test
    void aMarkClaimedForAComponentItIsNotDrawnForFails() throws Exception {
        // lesson 4 step 1 as it was: purple ping dots for XenStore, which has no heartbeat lane
        String said = problem("""
                {"text": "Filled purple dots are the explicit pings to XenStore.", "until": {"next": true},
                 "shows": [{"panel": "legend", "component": "xenstore", "field": "a ping (explicit heartbeat) and its answer"}]}""");
        assertTrue(said.contains("step 1: says the drawing shows \"a ping (explicit heartbeat) and its answer\" in the legend of xenstore,"
                + " but under phoenix-fine that mark is drawn only in the heartbeat lanes of net_uk, disk_uk, tool_uk"), said);
        said = problem("""
                {"text": "Filled purple dots are the explicit pings.", "until": {"next": true}}""");
        assertTrue(said.contains("step 1: speaks of the legend but does not say what of it it means"), said);
        said = problem("""
                {"text": "The purple dots are pings.", "until": {"next": true},
                 "shows": [{"panel": "legend", "field": "a purple dot"}]}""");
        assertTrue(said.contains("says the screen shows \"a purple dot\" in the legend, which it does not"), said);
        LessonCheck.checkScreenClaims(lesson("""
                {"text": "Filled purple dots in net_uk's lane are its explicit pings.", "until": {"next": true},
                 "shows": [{"panel": "legend", "component": "net_uk", "field": "a ping (explicit heartbeat) and its answer"}]}"""),
                ScreenList.shipped());
    }
}
