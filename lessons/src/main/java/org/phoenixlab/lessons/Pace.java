package org.phoenixlab.lessons;

/** What the simulation does while a step is shown. */
public enum Pace {
    /** Virtual time stands still until the student acts (or presses Next). */
    PAUSE("pause"),
    /** Very slow motion (0.01×), for what takes a few milliseconds: a poll timeout, a ring check. */
    SLOW_MOTION("slow-motion"),
    /** Slow motion (0.1×), so that single packets and heartbeats can be followed. */
    SLOW("slow"),
    /** Plays at the normal teaching speed. */
    PLAY("play"),
    /** Leaves the speed and play state as the student set them. */
    KEEP("keep");

    private final String id;

    Pace(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<Pace> byId(String id) {
        return java.util.Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
