package org.phoenixlab.lessons;

import java.util.Locale;

/**
 * How much virtual time passes while a lesson step is on screen, as the checker counts it. The
 * window sets each step's pace: {@code slow-motion} runs at 0.01x and {@code slow} at 0.1x (both stop
 * at each moment of the story, which only adds to the time on screen); {@code play} at the story
 * speed, which starts in slow motion each time playing starts (0.02x for 0.6 s, then doubling every
 * 0.3 s up to 4x: the app's PlaybackClock); {@code pause} and {@code keep} leave the speed as it was
 * (a lesson starts at the story speed). So one second of wall time covers at most 10 ms of virtual
 * time in slow motion, 100 ms at 0.1x and about 25 ms at the story speed; a step whose event comes
 * sooner after it is shown is over before the student has read it. A quiz or Next step that lets the
 * run go on (its pace is not {@code pause}, or {@code keep} while the run plays) lasts the student's
 * reading time, three words a second, 6 to 25 s (as the window's), and the run moves on meanwhile;
 * after a step's event came the run is stopped (the window pauses there). An action step that lets
 * the run play must leave the student {@link #ACTION_ROOM_S} of wall time before the run ends.
 */
final class StepClock {
    /** The story speed's profile: the window's own ({@link ScreenPace}). */
    static final double STORY_SLOW = ScreenPace.STORY_SLOW;
    static final double STORY_SLOW_FOR_S = ScreenPace.STORY_SLOW_FOR_S;
    static final double STORY_DOUBLING_S = ScreenPace.STORY_DOUBLING_S;
    static final double STORY_CRUISE = ScreenPace.STORY_CRUISE;

    /** Wall time an action step that lets the run play leaves the student before the run ends, at least. */
    static final double ACTION_ROOM_S = 120;

    private enum Speed { SLOW_MOTION, TENTH, STORY }

    private Speed speed = Speed.STORY;
    private boolean running;

    /** The step is shown: its pace sets the speed and whether the run plays. */
    void enter(LessonStep step) {
        switch (step.pace()) {
            case SLOW_MOTION -> {
                speed = Speed.SLOW_MOTION;
                running = true;
            }
            case SLOW -> {
                speed = Speed.TENTH;
                running = true;
            }
            case PLAY -> {
                speed = Speed.STORY;
                running = true;
            }
            case PAUSE -> running = false;
            case KEEP -> {
            }
        }
    }

    /** The step's event came: the window stops playing there. */
    void awaited() {
        running = false;
    }

    boolean running() {
        return running;
    }

    /** Wall seconds the current speed takes to cover {@code virtualUs}, from the start of playing (moments not counted). */
    double wallSecondsFor(long virtualUs) {
        double lo = 0;
        double hi = 1;
        while (virtualUs(hi) < virtualUs && hi < 1e9) {
            hi *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (virtualUs(mid) < virtualUs) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Virtual µs one second of wall time covers at most, at the current speed. */
    long firstSecondUs() {
        return virtualUs(1.0);
    }

    String speedName() {
        return switch (speed) {
            case SLOW_MOTION -> "slow-motion (0.01x)";
            case TENTH -> "slow (0.1x)";
            case STORY -> "the story speed";
        };
    }

    /** Virtual µs that pass while the student reads {@code step}, if its pace lets the run go on; else 0. */
    long readingUs(LessonStep step) {
        if (!running) {
            return 0;
        }
        String words = step.allWords();
        if (step.until() instanceof StepEnd.Quiz q) {
            words += " " + String.join(" ", q.choices().stream().map(StepEnd.Choice::text).toList());
        }
        return virtualUs(ScreenPace.readingSeconds(words));
    }

    /** Virtual µs covered in {@code wallS} seconds of wall time from the start of playing, at the current speed. */
    long virtualUs(double wallS) {
        double v = switch (speed) {
            case SLOW_MOTION -> 0.01 * wallS;
            case TENTH -> 0.1 * wallS;
            case STORY -> story(wallS);
        };
        return Math.round(v * 1e6);
    }

    /** Virtual seconds the story speed covers in {@code wallS} from a start in slow motion. */
    static double story(double wallS) {
        if (wallS <= STORY_SLOW_FOR_S) {
            return STORY_SLOW * wallS;
        }
        double t = wallS - STORY_SLOW_FOR_S;
        double toCruise = STORY_DOUBLING_S * Math.log(STORY_CRUISE / STORY_SLOW) / Math.log(2);
        double k = STORY_SLOW * STORY_DOUBLING_S / Math.log(2);
        double ramp = k * (Math.pow(2, Math.min(t, toCruise) / STORY_DOUBLING_S) - 1);
        return STORY_SLOW * STORY_SLOW_FOR_S + ramp + STORY_CRUISE * Math.max(0, t - toCruise);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %s", speedName(), running ? "playing" : "paused");
    }
}
