package org.phoenixlab.app.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.phoenixlab.assets.Assets;

/**
 * WCAG contrast ratios of each theme's text against what it stands on, computed from the style sheets
 * themselves. A rule that sets a text colour ({@code -fx-text-fill}, or {@code -fx-fill} of text) is paired
 * with the background of the same rule, else of the rule it is nested in (the selector without its last
 * part: ".component:faulty .state" stands on ".component:faulty", then ".component"), else the window's
 * background; looked-up colours ({@code -pl-text}) are resolved from {@code .root}, the theme's sheet over
 * the base one. The state colours (borders and symbols) are paired with their boxes' backgrounds: WCAG asks
 * 3:1 of such marks. A timeline marker's symbol stands on the marker's own colour, which comes from a second
 * class on the same node ({@code .marker-fault}, ...): it is paired with each of those. High contrast must give
 * 7:1 for all text, the light and dark themes WCAG AA's 4.5:1; every theme 3:1 for the marks. All pairs are
 * written to target/contrast-report.txt.
 */
class ContrastTest {
    record Pair(String theme, String selector, String what, Color fore, Color back, double ratio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-14s %-55s %-10s %s on %s  %.2f:1", theme, selector, what, hex(fore), hex(back), ratio);
        }
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** WCAG 2 relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Selector to its properties, later sheets overriding earlier ones property by property. */
    static Map<String, Map<String, String>> rules(String... sheets) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Pattern rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}");
        for (String sheet : sheets) {
            String css;
            try (InputStream in = new URL(sheet).openStream()) {
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            }
            Matcher m = rule.matcher(css);
            while (m.find()) {
                for (String selector : m.group(1).split(",")) {
                    Map<String, String> props = out.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), k -> new LinkedHashMap<>());
                    for (String decl : m.group(2).split(";")) {
                        int colon = decl.indexOf(':');
                        if (colon > 0) {
                            props.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The colour a value names (the first of a list), looked-up names resolved; null when it is none or see-through. */
    static Color colour(String value, Map<String, String> root) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("linear-gradient") || v.startsWith("radial-gradient") || v.startsWith("derive") || v.startsWith("ladder")) {
            return null;
        }
        if (!v.startsWith("rgb")) {
            v = v.split("[,\\s]")[0];
        }
        for (int i = 0; i < 5 && v.startsWith("-"); i++) {
            v = root.get(v);
            if (v == null) {
                return null;
            }
            v = v.trim().split("[,\\s]")[0];
        }
        try {
            Color c = Color.web(v);
            return c.getOpacity() < 1 ? null : c; // see-through: what shows through is not known here
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The last of a list of background layers (the one the text stands on: the others are borders). */
    static String innermost(String layers) {
        if (layers == null) {
            return null;
        }
        String[] parts = layers.split(",(?![^()]*\\))");
        return parts[parts.length - 1].trim();
    }

    private static Color backgroundOf(String selector, Map<String, Map<String, String>> rules, Map<String, String> root, Color window) {
        String s = selector;
        while (true) {
            Map<String, String> props = rules.get(s);
            if (props != null) {
                Color c = colour(innermost(props.get("-fx-background-color")), root);
                if (c != null) {
                    return c;
                }
            }
            String shorter = s.contains(":") && !s.contains(" ") ? s.substring(0, s.lastIndexOf(':'))
                    : s.contains(" ") ? s.substring(0, s.lastIndexOf(' ')) : null;
            if (shorter == null || shorter.isEmpty()) {
                return window;
            }
            s = shorter.trim();
        }
    }

    static List<Pair> pairs(String theme, String... sheets) throws IOException {
        Map<String, Map<String, String>> rules = rules(sheets);
        Map<String, String> root = rules.getOrDefault(".root", Map.of());
        Color window = colour(root.get("-fx-background-color"), root);
        if (window == null) {
            window = colour(root.get("-pl-bg"), root);
        }
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> r : rules.entrySet()) {
            String sel = r.getKey();
            Map<String, String> p = r.getValue();
            Color back = backgroundOf(sel, rules, root, window);
            if (sel.equals(".timeline-marker")) {
                Color fore = colour(p.get("-fx-text-fill"), root);
                for (Map.Entry<String, Map<String, String>> m : rules.entrySet()) {
                    Color kind = m.getKey().startsWith(".marker-") ? colour(m.getValue().get("-fx-background-color"), root) : null;
                    if (fore != null && kind != null) {
                        out.add(new Pair(theme, sel + m.getKey(), "text", fore, kind, ratio(fore, kind)));
                    }
                }
                continue; // never on the window's background: the marker always carries one of those classes
            }
            for (String prop : List.of("-fx-text-fill", "-fx-fill")) {
                if (prop.equals("-fx-fill") && !(sel.contains("lesson") || sel.contains("label") || sel.startsWith(".component"))) {
                    continue; // -fx-fill of shapes (arrows' heads) is not text; a box's title and state words are text
                }
                Color fore = colour(p.get(prop), root);
                if (fore != null && back != null) {
                    out.add(new Pair(theme, sel, "text", fore, back, ratio(fore, back)));
                }
            }
            if (sel.startsWith(".component")) {
                for (String prop : List.of("-fx-border-color", "-fx-icon-color")) {
                    Color fore = colour(p.get(prop), root);
                    if (fore != null && back != null && !sel.contains("hover")) {
                        out.add(new Pair(theme, sel, "mark", fore, back, ratio(fore, back)));
                    }
                }
            }
        }
        // The looked-up text and state colours on the window's background (the drawing, the panels).
        for (String name : List.of("-pl-text", "-pl-muted", "-pl-healthy", "-pl-faulty", "-pl-detected", "-pl-repairing",
                "-pl-degraded", "-pl-stopped")) {
            Color fore = colour(name, root);
            if (fore != null && window != null) {
                out.add(new Pair(theme, ".root " + name, "text", fore, window, ratio(fore, window)));
            }
        }
        return out;
    }

    @Test
    void theRatioIsWcags() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, ratio(Color.web("#777777"), Color.web("#777777")), 1e-9);
        assertEquals(4.48, ratio(Color.web("#777777"), Color.WHITE), 0.01); // the classic just-too-light grey
    }

    static List<Pair> light() throws IOException {
        return pairs("light", Assets.stylesheet());
    }

    static List<Pair> dark() throws IOException {
        return pairs("dark", Assets.stylesheet(), Assets.darkStylesheet());
    }

    static List<Pair> highContrast() throws IOException {
        return pairs("high-contrast", Assets.stylesheet(), Assets.highContrastStylesheet());
    }

    /** The pairs under the theme's minimum: {@code text} for text, 3:1 for marks. */
    static List<Pair> under(List<Pair> pairs, double text) {
        return pairs.stream().filter(p -> p.ratio() < (p.what().equals("text") ? text : 3.0)).toList();
    }

    private static String listed(List<Pair> pairs) {
        return pairs.stream().map(Pair::toString).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theMarkersSymbolIsPairedWithEachMarkersColourNotTheWindow() throws IOException {
        List<Pair> markers = light().stream().filter(p -> p.selector().startsWith(".timeline-marker")).toList();
        assertTrue(markers.size() >= 5, "one pair per kind of marker: " + markers);
        assertTrue(markers.stream().allMatch(p -> p.selector().startsWith(".timeline-marker.marker-")), listed(markers));
        assertTrue(markers.stream().noneMatch(p -> hex(p.back()).equals("#f6f7f9")), listed(markers));
    }

    @Test
    void theCheckFailsAColourUnderTheTarget() {
        // The pale orange of before (#e65100 on the window) is caught, the darker one of now passes.
        Color window = Color.web("#f6f7f9");
        Pair old = new Pair("t", ".x", "text", Color.web("#e65100"), window, ratio(Color.web("#e65100"), window));
        Pair now = new Pair("t", ".x", "text", Color.web("#b84500"), window, ratio(Color.web("#b84500"), window));
        assertEquals(List.of(old), under(List.of(old, now), 4.5));
    }

    @Test
    void lightGivesFourAndAHalfToOneForEveryTextAndThreeForEveryStateMark() throws IOException {
        List<Pair> light = light();
        assertTrue(light.size() > 40, "the check sees the sheet's pairs: " + light.size());
        List<Pair> failing = under(light, 4.5);
        assertTrue(failing.isEmpty(), "under WCAG AA in the light theme:\n" + listed(failing));
    }

    @Test
    void darkGivesFourAndAHalfToOneForEveryTextAndThreeForEveryStateMark() throws IOException {
        List<Pair> dark = dark();
        assertTrue(dark.size() > 40, "the check sees the sheet's pairs: " + dark.size());
        List<Pair> failing = under(dark, 4.5);
        assertTrue(failing.isEmpty(), "under WCAG AA in the dark theme:\n" + listed(failing));
    }

    @Test
    void highContrastGivesSevenToOneForEveryTextAndThreeForEveryStateMark() throws IOException {
        List<Pair> hc = highContrast();
        assertTrue(hc.size() > 40, "the check sees the sheet's pairs: " + hc.size());
        List<Pair> failing = under(hc, 7.0);
        assertTrue(failing.isEmpty(), "under the high-contrast minimum:\n" + listed(failing));
    }

    @Test
    void writesTheReport() throws IOException {
        StringBuilder report = new StringBuilder("Contrast (WCAG 2): text needs 4.5:1 in light and dark, 7:1 in high contrast; "
                + "state marks 3:1 in every theme.\n\n");
        for (List<Pair> theme : List.of(light(), dark(), highContrast())) {
            double text = theme.get(0).theme().equals("high-contrast") ? 7.0 : 4.5;
            report.append(String.format(Locale.ROOT, "%s: %d pairs, lowest text %.2f:1, lowest mark %.2f:1, %d under%n",
                    theme.get(0).theme(), theme.size(), lowest(theme, "text"), lowest(theme, "mark"), under(theme, text).size()));
        }
        for (List<Pair> theme : List.of(light(), dark(), highContrast())) {
            report.append('\n').append(theme.get(0).theme()).append(" pairs:\n");
            theme.forEach(p -> report.append("  ").append(p).append('\n'));
        }
        Path target = Path.of("target");
        assertTrue(Files.isDirectory(target), "run from the module's directory");
        Files.writeString(target.resolve("contrast-report.txt"), report);
    }

    private static double lowest(List<Pair> pairs, String what) {
        return pairs.stream().filter(p -> p.what().equals(what)).mapToDouble(Pair::ratio).min().orElse(Double.NaN);
    }
}
