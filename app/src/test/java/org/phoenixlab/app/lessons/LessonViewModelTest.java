package org.phoenixlab.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainViewModel;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.session.Speed;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.lessons.Lesson;

/** Lesson 5 driven through the view models alone: the lesson sets the pace and the focus, and checks the student. */
class LessonViewModelTest {
    @TempDir
    Path home;

    private Preferences prefs;
    private MainViewModel session;
    private LessonViewModel lesson;

    @BeforeEach
    void setUp() throws Exception {
        prefs = Preferences.userRoot().node("org/phoenixlab/app-test/lesson-view-model");
        prefs.clear();
        session = new MainViewModel(3, new FakeDialogs(), new Autosave(home));
        lesson = new LessonViewModel(session, prefs, "Space");
    }

    private Lesson five() {
        return lesson.lessons().stream().filter(l -> l.id().equals("nic-driver-crash")).findFirst().orElseThrow();
    }

    /** Lets the run go on until the lesson reaches step {@code index}, pressing Next after each event step that came. */
    private void runUntilStep(int index) {
        for (int i = 0; i < 400 && lesson.progress().index() < index && !lesson.progress().isFinished(); i++) {
            if (lesson.pageProperty().get().seen()) {
                lesson.next();
            } else {
                session.advance(50_000);
            }
        }
        assertEquals(index, lesson.progress().index());
    }

    @Test
    void aLessonStartsFromAKnownView() {
        session.dependenciesShownProperty().set(true); // left on by the student, or by another lesson
        session.speedProperty().set(Speed.FAST);
        session.playingProperty().set(true);
        Lesson one = lesson.lessons().stream().filter(l -> l.id().equals("privileged-vm")).findFirst().orElseThrow();
        lesson.start(one);
        assertFalse(session.dependenciesShownProperty().get(), "the overlay is off: the lesson's own press shows it");
        assertEquals(Speed.STORY, session.speedProperty().get(), "the first step (pause) keeps the story speed, not 10x");
        assertFalse(session.playingProperty().get());
        lesson.start(five());
        assertEquals(Speed.TENTH, session.speedProperty().get(), "lesson 5's first step is slow");
        assertTrue(session.playingProperty().get());
    }

    @Test
    void aStepWaitingForAnEventEndsOnlyOnceItCameAndTheStudentMovedOn() {
        lesson.start(five());
        assertTrue(session.autoPauseProperty().get(), "a lesson pauses at each moment");
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        assertEquals(1, lesson.progress().index());
        session.playingProperty().set(true);
        for (int i = 0; i < 100 && !lesson.pageProperty().get().seen(); i++) {
            session.playFor(5_000, false);
            session.refreshAfterPlaying();
        }
        LessonViewModel.Page page = lesson.pageProperty().get();
        assertTrue(page.seen(), page.waiting());
        assertEquals(1, lesson.progress().index(), "the detection came; the step stays until the student moves on");
        assertFalse(session.playingProperty().get(), "playing paused at the event the step waited for");
        assertTrue(page.waiting().startsWith("\u2714 Seen at "), page.waiting());
        assertTrue(page.waiting().contains("The driver-timeout probe noticed that the NIC driver failed"), page.waiting());
        assertTrue(page.canNext());
        assertTrue(page.readSeconds() >= 6);
        lesson.readingOver(page); // the student had time to read it
        assertEquals(2, lesson.progress().index());
        lesson.back();
        assertTrue(lesson.pageProperty().get().waiting().startsWith("\u2714 Seen at "),
                "Back shows the step as it ended: " + lesson.pageProperty().get().waiting());
        assertFalse(lesson.pageProperty().get().waiting().contains("Waiting for"));
        lesson.readingOver(lesson.pageProperty().get()); // a step passed before does not move by itself
        assertEquals(1, lesson.progress().index());
        lesson.leave();
        assertFalse(session.autoPauseProperty().get(), "outside the lesson, as the student had it");
        assertEquals(null, session.pauseAtProperty().get());
    }

    @Test
    void aLessonStartsItsScenarioSetsThePaceAndTheFocus() {
        lesson.start(five());
        assertEquals(five().scenario().name(), session.session().scenario().name());
        LessonViewModel.Page page = lesson.pageProperty().get();
        assertEquals("Step 1 of " + five().steps().size(), page.stepCount());
        assertTrue(page.waiting().startsWith("Your turn: inject \"crash\" on net_uk/nic-driver"), page.waiting());
        assertEquals(List.of("net_uk/nic-driver"), session.focusProperty().get());
        assertTrue(session.playingProperty().get(), "a slow step plays");
        assertEquals(Speed.TENTH, session.speedProperty().get());
        lesson.visible(false);
        assertEquals(List.of(), session.focusProperty().get(), "no dimming while the panel is hidden");
        lesson.visible(true);
        assertEquals(List.of("net_uk/nic-driver"), session.focusProperty().get());
    }

    @Test
    void anotherActionIsExplainedAndTheRightOneMovesOn() {
        lesson.start(five());
        session.inject("net_uk/netback", FaultKind.CRASH);
        assertFalse(lesson.feedbackProperty().get().good());
        assertTrue(lesson.feedbackProperty().get().message().contains("asks you to inject \"crash\" on net_uk/nic-driver"));
        assertEquals(0, lesson.progress().index());
        lesson.start(five()); // start again: a clean run
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        assertEquals(1, lesson.progress().index());
        assertNull(lesson.feedbackProperty().get());
    }

    @Test
    void theQuizScoresTheFirstTryAndTheEndIsRemembered() {
        lesson.start(five());
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        assertTrue(lesson.pageProperty().get().waiting().contains("(Space plays or pauses;"), lesson.pageProperty().get().waiting());
        runUntilStep(3);
        assertEquals(3, lesson.pageProperty().get().choices().size());
        assertFalse(lesson.answer(1), "a wrong answer");
        assertTrue(lesson.feedbackProperty().get().message().startsWith("\u2716 Not quite."));
        assertEquals(3, lesson.progress().index());
        assertTrue(lesson.answer(0));
        assertEquals(4, lesson.progress().index());
        lesson.leave();
        assertFalse(lesson.inLesson());
        assertEquals(List.of(), session.focusProperty().get());
        assertFalse(lesson.done(five()), "left before the end");
        assertTrue(lesson.status(five()).startsWith("12 min \u00B7 "), lesson.status(five()));
    }
}
