package org.phoenixlab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The phrases the engine builds over every gallery run are whole: each has a key and an English
 * template, one template per key, as many arguments as its template has places, and none is only
 * English text (a sentence glued together that a translation could not say).
 */
class PhraseKeysTest {
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyPhraseOfTheGalleryHasOneTemplateAndItsArguments() {
        Map<String, String> templates = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (GalleryWords.Run run : GalleryWords.runs()) {
            for (Phrase top : GalleryWords.phrases(run)) {
                GalleryWords.walk(top, p -> {
                    if (p.equals(Phrase.EMPTY)) {
                        return;
                    }
                    if (p.key().isBlank() || p.template().isBlank()) {
                        problems.add(run.name() + ": a phrase without a key or a template: " + p);
                    }
                    if (p.key().equals(Phrase.TEXT)) {
                        problems.add(run.name() + ": words that are only English: " + p.english());
                    }
                    String before = templates.putIfAbsent(p.key(), p.template());
                    if (before != null && !before.equals(p.template())) {
                        problems.add(p.key() + " has two templates: \"" + before + "\" and \"" + p.template() + "\"");
                    }
                    int places = 0;
                    Matcher m = PLACE.matcher(p.template());
                    while (m.find()) {
                        places = Math.max(places, Integer.parseInt(m.group(1)) + 1);
                    }
                    if (places != p.args().size()) {
                        problems.add(p.key() + ": " + places + " places for " + p.args().size() + " arguments");
                    }
                });
            }
        }
        assertEquals(List.of(), problems.stream().distinct().limit(20).toList());
        assertTrue(templates.size() > 100, "the gallery says many kinds of sentence: " + templates.size());
        if (Boolean.getBoolean("phrases.print")) {
            templates.forEach((k, v) -> System.out.println("PHRASE " + k + " = " + v));
        }
    }
}
