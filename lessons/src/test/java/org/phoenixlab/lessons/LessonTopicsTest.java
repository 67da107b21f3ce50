package org.phoenixlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.model.Topology;

class LessonTopicsTest {
    @Test
    void elevenLessonsWithUniqueIdsAndText() {
        List<LessonTopic> all = LessonTopics.all();
        assertEquals(11, all.size());
        assertEquals(11, new HashSet<>(all.stream().map(LessonTopic::id).toList()).size());
        all.forEach(t -> assertFalse(t.title().isBlank() || t.summary().isBlank(), t.id()));
    }

    @Test
    void everyFocusIdExistsInTheDefaultTopology() {
        Topology topology = Topology.standard(3, false);
        for (LessonTopic t : LessonTopics.all()) {
            for (String id : t.focus()) {
                assertTrue(topology.contains(id), t.id() + " focuses on unknown component " + id);
            }
        }
    }
}
