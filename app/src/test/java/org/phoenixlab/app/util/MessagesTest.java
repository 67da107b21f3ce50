package org.phoenixlab.app.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English is the base of the window's words: every key the code asks for by name alone
 * ({@code Messages.get("key")}, {@code Messages.format("key", …)}) has its English in the base bundle, so a
 * key never shows as "[key]". (A call that passes its own English, {@code get("key", english)}, is for words
 * whose English is not the window's to write: an action declared in English, a component's name from the
 * engine.)
 */
class MessagesTest {
    private static final Pattern BY_NAME = Pattern.compile("Messages\\.(?:get\\(\"([^\"]+)\"\\)|format\\(\"([^\"]+)\"\\s*,)");

    @Test
    void everyKeyTheCodeAsksForByNameHasItsEnglishInTheBaseBundle() throws IOException {
        Properties english = new Properties();
        for (String pkg : Messages.PACKAGES) {
            english.putAll(words(pkg, ""));
        }
        TreeSet<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = BY_NAME.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    asked.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(asked.size() > 200, "the scan sees the window's keys: " + asked.size());
        List<String> missing = new ArrayList<>();
        for (String key : asked) {
            if (!english.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "keys asked for by name with no English in any package's messages.properties");
    }

    /** One bundle per feature package, and a key in one of them only: two packages never say the same key. */
    @Test
    void eachKeyBelongsToOnePackagesBundle() throws IOException {
        for (String language : List.of("", "_fr")) {
            java.util.Map<String, String> owner = new java.util.TreeMap<>();
            List<String> twice = new ArrayList<>();
            for (String pkg : Messages.PACKAGES) {
                Properties p = words(pkg, language);
                assertTrue(!p.isEmpty(), pkg + " has words" + language);
                for (String key : p.stringPropertyNames()) {
                    String before = owner.put(key, pkg);
                    if (before != null) {
                        twice.add(key + " in " + before + " and " + pkg);
                    }
                }
            }
            assertEquals(List.of(), twice, "keys in two packages" + language);
        }
        Messages.use(java.util.Locale.FRENCH);
        try {
            assertEquals("Stratégie", Messages.get("toolbar.strategy"), "the main package's French");
            assertEquals("Légende", Messages.get("legend.title"), "the drawing's");
            assertEquals("[no.such.key]", Messages.get("no.such.key"));
        } finally {
            Messages.use(java.util.Locale.ENGLISH);
        }
    }

    private static Properties words(String pkg, String language) throws IOException {
        Properties p = new Properties();
        String path = "/org/phoenixlab/app/" + pkg.replace('.', '/') + "/messages" + language + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(path)) {
            assertTrue(in != null, path + " is there");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
