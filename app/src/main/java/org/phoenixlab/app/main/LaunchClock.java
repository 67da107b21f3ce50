package org.phoenixlab.app.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * How long ago this process was launched, for the start figures of {@code --smoke} and FrameBench. The JVM's own
 * start time ({@code RuntimeMXBean.getStartTime}) is taken when the JVM has finished setting itself up, so it
 * leaves out the launcher and that set-up (mapping and relocating the class-data archives: 0.17 s of a bare
 * {@code java -version} on the build machine), and jpackage's launcher asked the package manager twice before it
 * (0.33 s more). A user waits through all of it. On Linux the kernel keeps when each process began, in clock ticks
 * since boot ({@code /proc/self/stat}, field 22), beside the time since boot ({@code /proc/uptime}); their
 * difference is the process's age, to the tick (10 ms). The launcher runs the JVM in its own process (Phoenix
 * Lab's shell launcher {@code exec}s it), so that age counts from the launch. Elsewhere, or when {@code /proc}
 * cannot be read, there is no figure and the callers fall back to the JVM's start time.
 */
final class LaunchClock {
    /**
     * Linux's clock ticks per second for these files (USER_HZ): 100 on every architecture a JavaFX runtime is built
     * for. Java cannot ask {@code sysconf(_SC_CLK_TCK)} without native code.
     */
    static final int TICKS_PER_SECOND = 100;

    private LaunchClock() {
    }

    /** Seconds since this process was launched, when the system says. */
    static OptionalDouble secondsSinceLaunch() {
        try {
            return age(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")),
                    TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty(); // no /proc (not Linux), or not in the form expected: no figure, not a wrong one
        }
    }

    /**
     * The age of the process described by {@code stat} (a {@code /proc/PID/stat} line) at the moment {@code uptime}
     * (a {@code /proc/uptime} line) was read. The process's name, the second field, is in parentheses and may
     * itself hold spaces and parentheses, so the fields are counted from the last closing one.
     */
    static OptionalDouble age(String stat, String uptime, int ticksPerSecond) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalDouble.empty();
        }
        String[] afterName = stat.substring(close + 1).trim().split("\\s+");
        int startTimeIndex = 22 - 3; // fields 3 (state) onwards follow the name
        if (afterName.length <= startTimeIndex) {
            return OptionalDouble.empty();
        }
        double startedSeconds = Long.parseLong(afterName[startTimeIndex]) / (double) ticksPerSecond;
        double nowSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        double age = nowSeconds - startedSeconds;
        return age >= 0 ? OptionalDouble.of(age) : OptionalDouble.empty();
    }
}
