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
    void theRightActionAdvancesAndAnEventThatCameMeanwhileIsNotMissed() {
        LessonProgress p = new LessonProgress(lesson);
        assertInstanceOf(LessonProgress.Verdict.Advanced.class,
                p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH)));
        assertEquals(1, p.index());
        p.onEvent(new TraceEvent(27_000, 1, "net_uk/nic-driver", new Payload.Detected("driver-timeout", "")));
        p.onEvent(new TraceEvent(27_000, 2, "net_uk/nic-driver", new Payload.RepairStarted("driver-reload", 1)));
        assertEquals(3, p.index(), "both waited-for events were seen, in order");
        assertInstanceOf(StepEnd.Quiz.class, p.current().until());
    }

    @Test
    void aWrongQuizAnswerShowsItsExplanationAndDoesNotAdvanceButIsRemembered() {
        LessonProgress p = new LessonProgress(lesson);
        p.onAction(new StudentAction.Inject("net_uk/nic-driver", FaultKind.CRASH));
        p.onEvent(new TraceEvent(1, 1, "net_uk/nic-driver", new Payload.Detected("driver-timeout", "")));
        p.onEvent(new TraceEvent(2, 2, "net_uk/nic-driver", new Payload.RepairStarted("driver-reload", 1)));
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
