package org.phoenixlab.lessons;

import java.util.List;

/** One lesson of DESIGN section 4: its id, title, one-sentence summary and the components it is about. */
public record LessonTopic(String id, String title, String summary, List<String> focus) {
    public LessonTopic {
        focus = List.copyOf(focus);
    }
}
