package org.phoenixlab.app.util;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * The window's words in the user's language: one bundle per feature package,
 * {@code org/phoenixlab/app/<package>/messages*.properties} (see {@link #PACKAGES}), English the base, French
 * beside it; a key lives in exactly one of them (its package's words). The language is the one chosen in View > Language (remembered; it takes effect
 * at the next start), else the JVM's. An action's words are declared in English with the action and
 * translated under {@code action.<id>.text}, {@code .short} and {@code .tooltip}. The engine's sentences are
 * phrases said by {@link PhraseWords}; files and the trace stay in English and locale-independent; lessons are
 * in English for now.
 */
public final class Messages {
    /** The preference that keeps the chosen language ("en", "fr"; absent: the JVM's). */
    public static final String LANGUAGE_KEY = "language";
    /** The languages the window speaks, in the View menu's order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    /** The feature packages that have words of their own, each in {@code <package>/messages*.properties}. */
    public static final List<String> PACKAGES = List.of("main", "architecture", "panels.events", "panels.inspector",
            "panels.metrics", "panels.timeline", "story", "lessons", "compare", "help", "export", "session", "util");

    private static Locale locale;
    private static java.util.Map<String, String> words = java.util.Map.of();

    private Messages() {
    }

    /** Chooses the language from the remembered preference, else the JVM's default (at start). */
    public static synchronized void choose(Preferences prefs) {
        String tag = prefs.get(LANGUAGE_KEY, "");
        use(tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    /** Speaks {@code l} from now on (or English when the window does not speak it): for the start and for tests. */
    public static synchronized void use(Locale l) {
        Locale lang = LANGUAGES.stream().filter(s -> s.getLanguage().equals(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        locale = lang;
        java.util.Map<String, String> all = new java.util.HashMap<>();
        for (ResourceBundle b : bundles(lang)) {
            for (String key : b.keySet()) {
                all.put(key, b.getString(key));
            }
        }
        words = all;
    }

    /** Every package's bundle in {@code lang} (with English under it for what it does not say). */
    public static List<ResourceBundle> bundles(Locale lang) {
        return PACKAGES.stream().map(p -> ResourceBundle.getBundle("org.phoenixlab.app." + p + ".messages", lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
    }

    /** The language spoken now. */
    public static synchronized Locale locale() {
        if (locale == null) {
            use(Locale.getDefault());
        }
        return locale;
    }

    private static synchronized java.util.Map<String, String> words() {
        locale();
        return words;
    }

    /** The words of {@code key}; a missing key shows as itself in brackets, so that it is seen and fixed. */
    public static String get(String key) {
        String w = words().get(key);
        return w == null ? "[" + key + "]" : w;
    }

    /** The words of {@code key}, or {@code english} when the language has none for it (an action declared in English). */
    public static String get(String key, String english) {
        return words().getOrDefault(key, english);
    }

    /** The words of {@code key} with {0}, {1}... filled in, numbers written the language's way. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), locale()).format(args);
    }
}
