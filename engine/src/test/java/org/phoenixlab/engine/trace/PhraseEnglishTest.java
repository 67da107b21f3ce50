package org.phoenixlab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's English, sentence for sentence, is what it was before its sentences became phrases:
 * the SHA-256 of every caption, explanation, event-log phrase and component "why" of each gallery run
 * (under every strategy) matches the digest recorded from the String-built sentences of ec31830.
 */
class PhraseEnglishTest {
    @Test
    void everyGallerySentenceReadsAsItDidBefore() throws IOException {
        Map<String, String> golden = golden();
        Map<String, String> now = new LinkedHashMap<>();
        for (GalleryWords.Run run : GalleryWords.runs()) {
            now.put(run.name(), sha(GalleryWords.english(run)));
        }
        if (Boolean.getBoolean("phrases.golden.print")) {
            now.forEach((k, v) -> System.out.println(k + " " + v));
        }
        assertEquals(golden, now);
    }

    private static Map<String, String> golden() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = PhraseEnglishTest.class.getResourceAsStream("gallery-sentences.sha256")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int space = line.lastIndexOf(' ');
                    out.put(line.substring(0, space), line.substring(space + 1));
                }
            }
        }
        return out;
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
