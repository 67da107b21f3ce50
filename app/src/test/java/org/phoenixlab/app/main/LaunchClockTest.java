package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The process's age read from Linux's /proc, and the first frame's times counted from the launch with it. */
class LaunchClockTest {
    /** A /proc/PID/stat line whose process name holds a space and parentheses; it began 6,581.50 s after boot. */
    private static final String STAT = "7624 (my (odd) app) R 7619 7619 1135 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0"
            + " 658150 3133440 396 18446744073709551615 94083991711744 94083991731625";

    @Test
    void theAgeIsTheUptimeLessTheStartTickCountedAfterTheNamesLastParenthesis() {
        OptionalDouble age = LaunchClock.age(STAT, "6583.57 813.05\n", 100);
        assertEquals(2.07, age.orElseThrow(), 1e-9);
    }

    @Test
    void aLineThatIsNotAStatLineOrAStartAfterNowGivesNoFigure() {
        assertFalse(LaunchClock.age("no parenthesis here", "6583.57 813.05", 100).isPresent());
        assertFalse(LaunchClock.age("7624 (app) R 7619", "6583.57 813.05", 100).isPresent());
        assertFalse(LaunchClock.age(STAT, "6000.00 813.05", 100).isPresent());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxThisProcessIsAtLeastAsOldAsItsJvm() {
        double jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        double age = LaunchClock.secondsSinceLaunch().orElseThrow();
        double jvmUptimeAfter = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        // The kernel's start tick and uptime are each rounded to 10 ms; the JVM began after its process did.
        assertTrue(age >= jvmUptime - 0.02, "process age " + age + " s, JVM uptime " + jvmUptime + " s");
        assertTrue(age <= jvmUptimeAfter + 60, "process age " + age + " s, JVM uptime " + jvmUptimeAfter + " s");
    }

    @Test
    void withTheAgeKnownTheFirstFrameIsCountedFromTheLaunch() {
        // launched at 10,000 ms; the JVM was up at 10,240 ms; pulse at 11,850 ms; painted at 12,070 ms
        FirstFrame.Times t = FirstFrame.Times.of(11_850, 12_070, 10_240, OptionalDouble.of(2.07));
        assertTrue(t.sinceLaunch());
        assertEquals(2.07, t.painted(), 1e-9);
        assertEquals(1.85, t.pulse(), 1e-9);
        assertEquals(0.24, t.jvmUp(), 1e-9);
        assertEquals("first frame 2.07 s after launch (painted; its pulse began at 1.85 s; the JVM was up at 0.24 s)",
                t.sentence());
    }

    @Test
    void withoutItTheFirstFrameIsCountedFromTheJvmsStartAndSaysSo() {
        FirstFrame.Times t = FirstFrame.Times.of(11_850, 12_070, 10_240, OptionalDouble.empty());
        assertFalse(t.sinceLaunch());
        assertEquals("first frame 1.83 s after the JVM was up (painted; its pulse began at 1.61 s)", t.sentence());
    }
}
