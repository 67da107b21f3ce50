package org.phoenixlab.lessons;

/**
 * The pace of the screen that lessons are written for, in one place: how long a student is given to read a
 * step, and the story speed's profile after a moment. The window plays by these figures (the app's
 * PlaybackClock and LessonViewModel) and the lesson checker predicts the screen with them (StepClock), so
 * the two cannot drift apart.
 */
public final class ScreenPace {
    /** Reading: about three words a second, never less than 6 s nor more than 25 s. */
    public static final double WORDS_PER_SECOND = 3;
    public static final double MIN_READ_S = 6;
    public static final double MAX_READ_S = 25;
    /** The story speed: slow motion just after a moment (20 ms of virtual time a second)... */
    public static final double STORY_SLOW = 0.02;
    /** ...for this long, then the factor doubles this often... */
    public static final double STORY_SLOW_FOR_S = 0.6;
    public static final double STORY_DOUBLING_S = 0.3;
    /** ...up to this (virtual time four times as fast as the wall). */
    public static final double STORY_CRUISE = 4.0;

    private ScreenPace() {
    }

    /** Seconds given to read {@code words}. */
    public static double readingSeconds(String words) {
        int n = words.isBlank() ? 0 : words.strip().split("\\s+").length;
        return Math.max(MIN_READ_S, Math.min(MAX_READ_S, n / WORDS_PER_SECOND));
    }
}
