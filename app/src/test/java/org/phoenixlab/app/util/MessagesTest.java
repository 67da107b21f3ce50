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
        try (InputStream in = Messages.class.getResourceAsStream("/org/phoenixlab/app/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
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
        assertEquals(List.of(), missing, "keys asked for by name with no English in i18n/messages.properties");
    }
}
