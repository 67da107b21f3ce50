package org.phoenixlab.app.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.trace.Explanation;
import org.phoenixlab.engine.trace.GalleryWords;
import org.phoenixlab.engine.trace.GalleryWords.Run;
import org.phoenixlab.engine.trace.Phrase;
import org.phoenixlab.engine.trace.TraceEvent;

/**
 * The engine's sentences in French, over the first minute of every gallery scenario under every design:
 * every phrase (caption, explanation, event-log row, component reason) has a French template and French
 * words for everything in it (no fallback to the engine's English), and what the window shows contains no
 * English word. In English the window shows the engine's words exactly.
 */
public class PhraseFrenchTest {
    /** Words English sentences are made of and French ones are not (checked with the spaces around them). */
    public static final List<String> ENGLISH = List.of(" the ", " is ", " are ", " was ", " were ", " failed", " after ", " and ",
            " by ", " of ", " with ", " its ", " it ", " not ", " no ", " from ", " to ", " at ", " for ", "held back", "started",
            "finished", "healthy", "waiting", " which ", " has ", " yet", "detected", "injected", "repair", "restart", "reboot",
            "found", "answer", "probe", "traffic", "packets", "deadline", "nothing", "replica", "because", "during",
            " crash", "reload", " hang ", "timeout");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** Each phrase of a run with what the window shows for it now (the topology names components where the window does). */
    private static void sentences(Run run, java.util.function.BiConsumer<Phrase, String> each) {
        var topology = run.sim().topology();
        GalleryWords.sentences(run, (p, place) -> each.accept(p, switch (place) {
            case CAPTION, EXPLANATION -> PhraseWords.sentence(p, topology);
            case EVENT_ROW -> PhraseWords.of(p, null); // ids, as in the component column
            case REASON -> PhraseWords.of(p, topology);
        }));
    }

    @Test
    void everySentenceOfTheGalleryHasItsFrenchAndNoEnglishWord() {
        List<Run> runs = GalleryWords.runs();
        assertTrue(runs.size() > 60, "runs: " + runs.size());
        Messages.use(Locale.FRENCH);
        Set<String> unsaid = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (Run run : runs) {
            sentences(run, (p, shown) -> {
                Set<String> signature = new TreeSet<>();
                collectKeys(p, signature);
                if (Boolean.getBoolean("phrases.print") && keys.add("shown:" + signature)) {
                    System.out.println("FR " + p.key() + " | " + shown);
                }
                collectKeys(p, keys);
                if (!PhraseWords.speaks(p)) {
                    unsaid.add(firstUnsaid(p));
                }
                String padded = " " + shown.toLowerCase(Locale.ROOT) + " ";
                for (String w : ENGLISH) {
                    if (padded.contains(w)) {
                        english.add("\"" + w.strip() + "\" in: " + shown);
                        break;
                    }
                }
            });
        }
        assertEquals(List.of(), unsaid.stream().limit(20).toList(), "phrases with no French");
        assertEquals(List.of(), english.stream().limit(20).toList(), "English words in the French sentences");
        keys.removeIf(k -> k.startsWith("shown:"));
        assertTrue(keys.size() > 130, "the gallery's sentences use many keys: " + keys.size());
    }

    @Test
    void inEnglishTheWindowShowsTheEnginesWordsExactly() {
        Messages.use(Locale.ENGLISH);
        Run run = GalleryWords.runs().stream().filter(r -> r.name().contains("lesson-05") && r.name().endsWith("phoenix-fine")).findFirst().orElseThrow();
        List<TraceEvent> t = run.sim().trace().events();
        Explanation ex = new Explanation(t, run.sim().topology());
        for (int i = 0; i < t.size(); i++) {
            assertEquals(ex.caption(i), PhraseWords.sentence(ex.captionPhrase(i, Phrase.EMPTY), run.sim().topology()));
            assertEquals(ex.of(i), PhraseWords.sentence(ex.phrase(i), run.sim().topology()));
            assertEquals(t.get(i).describe(), PhraseWords.of(t.get(i).payload().phrase(), null));
        }
    }

    @Test
    void frenchWritesTimesAndCountsTheFrenchWay() {
        Messages.use(Locale.FRENCH);
        Phrase p = Phrase.of("why.repaired-at", ", repaired at {0}", new Phrase.Micros(2_027_500, Phrase.Unit.S_3));
        assertEquals(", réparé à 2,028 s", PhraseWords.of(p, null));
        Phrase lost = Phrase.of("event.traffic-restored", "traffic flows again: {0} lost, {1} replayed",
                new Phrase.Count(12_345, true), new Phrase.Count(7, true));
        assertEquals("le trafic reprend : 12 345 perdus, 7 rejoués", PhraseWords.of(lost, null).replace('\u202F', ' ').replace('\u00A0', ' '));
        Phrase text = Phrase.text("only English");
        assertTrue(!PhraseWords.speaks(text), "words that are only English are not French");
        assertEquals("only English", PhraseWords.of(text, null), "but are shown rather than nothing");
    }

    /** The What-if refusals: a value out of range, and one that breaks a relation between two inputs. */
    @Test
    void theValidatorsRefusalsAreFrenchToo() {
        var setup = org.phoenixlab.engine.experiment.Comparison.Setup.nicDriverCrash(3);
        List<String> all = org.phoenixlab.engine.strategy.StrategyCatalog.NAMES;
        Phrase range = org.phoenixlab.engine.experiment.Sweep.Knob.HEARTBEAT_PERIOD.problemPhrase(setup, 0, all).orElseThrow();
        Phrase relation = org.phoenixlab.engine.experiment.Sweep.Knob.HEARTBEAT_PERIOD.problemPhrase(setup, 4_000, all).orElseThrow();
        Phrase guests = org.phoenixlab.engine.experiment.Sweep.Knob.GUESTS.problemPhrase(setup, 1_000, all).orElseThrow();
        assertTrue(relation.english().contains("heartbeatPeriod is 4ms"), relation.english());
        Messages.use(Locale.FRENCH);
        for (Phrase p : List.of(range, relation, guests)) {
            assertTrue(PhraseWords.speaks(p), firstUnsaid(p));
            // the parameters' names as scenario files write them (heartbeatPeriod) are ids, the same in every language
            String shown = " " + PhraseWords.of(p, null).replaceAll("\\b[a-z]+[A-Z][A-Za-z]*\\b", "id").toLowerCase(Locale.ROOT) + " ";
            for (String w : ENGLISH) {
                assertTrue(!shown.contains(w), "\"" + w.strip() + "\" in: " + shown);
            }
        }
        assertTrue(PhraseWords.of(range, null).startsWith("période des battements vaut "), PhraseWords.of(range, null));
    }

    private static void collectKeys(Phrase p, Set<String> keys) {
        keys.add(p.key());
        for (Phrase.Arg a : p.args()) {
            if (a instanceof Phrase.Nested n) {
                collectKeys(n.phrase(), keys);
            }
        }
    }

    /** The innermost phrase or word the window cannot say, for the message. */
    private static String firstUnsaid(Phrase p) {
        for (Phrase.Arg a : p.args()) {
            if (a instanceof Phrase.Nested n && !PhraseWords.speaks(n.phrase())) {
                return firstUnsaid(n.phrase());
            }
        }
        for (Phrase.Arg a : p.args()) {
            if (!(a instanceof Phrase.Nested) && !PhraseWords.speaks(Phrase.of(p.key(), "{0}", a))) {
                return p.key() + " / " + a;
            }
        }
        return p.key();
    }
}
