package org.phoenixlab.lessons;

/**
 * What a lesson step says the screen shows: a panel ("inspector", "metrics", "events", "status
 * line", "timeline", "caption", "toolbar"), for the Inspector the component whose field it is, and
 * the field (empty: the panel itself). {@link LessonCheck} checks every claim against {@link ScreenList}.
 */
public record ScreenClaim(String panel, String component, String field) {
    public ScreenClaim {
        component = component == null ? "" : component;
        field = field == null ? "" : field;
    }

    /** "the Inspector's \"packets held now\" of net_uk/netback", for messages. */
    public String describe() {
        return (field.isEmpty() ? "the " + panel : "\"" + field + "\" in the " + panel) + (component.isEmpty() ? "" : " of " + component);
    }
}
