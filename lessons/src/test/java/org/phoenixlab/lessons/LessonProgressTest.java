package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.TraceEvent;

/** The rules that move a student through a lesson (lesson 5: inject, events, a quiz). */
class LessonProgressTest {
    private final Lesson lesson = LessonCatalog.allUnchecked().stream()
            .filter(l -> l.id().equals("nic-driver-crash")).findFirst().orElseThrow();

    @Test
    void aWrongActionGetsAnExplanationNamingWhatTheStepAsksFor() {
        LessonProgress p = new LessonProgress(lesson);
        var v = p.onAction(new StudentAction.Inject("net_uk/netback", FaultKind.CRASH));
        var why = assertInstanceOf(LessonProgress.Verdict.NotExpected.class, v);
        assertTrue(why.message().contains("crash\" on net_uk/netback"), why.message());
        assertTrue(why.message().contains("inject \"crash\" on net_uk/nic-driver"), why.message());
        assertTrue(why.message().contains("Hint: The NIC driver is the left box"), why.message());
        assertEquals(0, p.index(), "the step did not move");
    }

    @Test
    void theRightActionAdvancesAndAnEventThatCameMeanwhileIsNotMissedButWaitsForNext() {
        LessonProgress p = new LessonProgress(lesson);
        assertInstanceOf(LessonProgress.Verdict.Advanced.class,
                p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH)));
        assertEquals(1, p.index());
        assertFalse(p.canGoNext(), "nothing to see yet");
        assertTrue(p.onEvent(new TraceEvent(27_000, 1, "net_uk/nic-driver", new Payload.Detected("driver-timeout", ""))));
        assertFalse(p.onEvent(new TraceEvent(27_000, 2, "net_uk/nic-driver", new Payload.RepairFinished("driver-reload"))));
        assertEquals(1, p.index(), "the detection came, but the step stays on screen until the student moves on");
        assertTrue(p.canGoNext());
        assertEquals(1, p.met().orElseThrow().seq());
        p.next();
        assertEquals(2, p.index());
        assertTrue(p.met().isPresent(), "the reload's end came meanwhile: this step is met at once, and waits for Next too");
        p.next();
        assertEquals(3, p.index());
        assertInstanceOf(StepEnd.Quiz.class, p.current().until());
    }

    private static void toTheQuiz(LessonProgress p) {
        p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH));
        p.onEvent(new TraceEvent(1, 1, "net_uk/nic-driver", new Payload.Detected("driver-timeout", "")));
        p.next();
        p.onEvent(new TraceEvent(2, 2, "net_uk/nic-driver", new Payload.RepairFinished("driver-reload")));
        p.next();
    }

    @Test
    void aWrongQuizAnswerShowsItsExplanationAndDoesNotAdvanceButIsRemembered() {
        LessonProgress p = new LessonProgress(lesson);
        toTheQuiz(p);
        var wrong = assertInstanceOf(LessonProgress.Verdict.Answered.class, p.answer(1));
        assertFalse(wrong.right());
        assertTrue(wrong.explanation().contains("without a shadow driver"));
        assertEquals(3, p.index());
        var right = assertInstanceOf(LessonProgress.Verdict.Answered.class, p.answer(0));
        assertTrue(right.right());
        assertEquals(4, p.index());
        assertEquals(0, p.quizRightFirstTime(), "the first try counts for the score");
        assertEquals(1, p.quizzesAnswered());
    }

    @Test
    void backShowsAStepAsItEnded() {
        LessonProgress p = new LessonProgress(lesson);
        p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH));
        p.onEvent(new TraceEvent(1, 1, "net_uk/nic-driver", new Payload.Detected("driver-timeout", "")));
        p.describeMet("seen at 0.000 s: the probe noticed");
        p.next();
        p.back();
        assertTrue(p.passed());
        assertEquals("seen at 0.000 s: the probe noticed", p.outcome(1).orElseThrow());
        assertTrue(p.outcome(0).orElseThrow().contains("you chose to inject \"crash\" on net_uk/nic-driver"), p.outcome(0).orElseThrow());
        assertFalse(p.awaits(new TraceEvent(3, 3, "net_uk/nic-driver", new Payload.Detected("driver-timeout", ""))),
                "a step passed before waits for nothing");
        p.next();
        assertFalse(p.passed(), "back at the frontier");
        assertTrue(p.awaits(new TraceEvent(3, 3, "net_uk/nic-driver", new Payload.RepairFinished("driver-reload"))));
    }

    @Test
    void actingWhileTheLessonWaitsForAnEventSaysSo() {
        LessonProgress p = new LessonProgress(lesson);
        p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH));
        var v = assertInstanceOf(LessonProgress.Verdict.NotExpected.class,
                p.onAction(new StudentAction.SwitchStrategy("xoar")));
        assertTrue(v.message().contains("waiting for a \"detected\" event on net_uk/nic-driver"), v.message());
    }

    @Test
    void backAndRestart() {
        LessonProgress p = new LessonProgress(lesson);
        p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH));
        p.back();
        assertEquals(0, p.index());
        assertTrue(p.canGoNext(), "a step already done can be passed with Next");
        p.next();
        assertEquals(1, p.index());
        p.restart();
        assertEquals(0, p.index());
        assertFalse(p.canGoNext());
    }
}
