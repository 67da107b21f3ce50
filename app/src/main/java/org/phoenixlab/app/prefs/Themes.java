package org.phoenixlab.app.prefs;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import org.phoenixlab.assets.Assets;

/**
 * How the windows look, remembered between runs: the light, dark or high-contrast theme and the text
 * size, and the one place that puts them on the program's windows: every scene adopted here (the main
 * window, the Compare window, Help) follows a change at once, whichever window it was made in. It also
 * remembers the reduced-motion setting, which the drawing reads.
 */
public final class Themes {
    private static final String KEY = "theme.dark";
    private static final String HIGH_CONTRAST_KEY = "theme.highContrast";
    private static final String TEXT_SIZE_KEY = "text.size";
    private static final String REDUCED_MOTION_KEY = "motion.reduced";
    /** The text sizes the View menu steps through, in pixels (13, the style sheet's, is the first). */
    public static final List<Integer> TEXT_SIZES = List.of(13, 15, 17, 20, 24);

    private final Preferences prefs;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty highContrast = new SimpleBooleanProperty();
    private final javafx.beans.property.IntegerProperty textSize = new javafx.beans.property.SimpleIntegerProperty(13);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty();
    private final List<WeakReference<Scene>> scenes = new ArrayList<>();

    public Themes(Preferences prefs) {
        this.prefs = prefs;
        dark.set(prefs.getBoolean(KEY, false));
        dark.addListener((o, was, on) -> {
            prefs.putBoolean(KEY, on);
            applyToAll();
        });
        highContrast.set(prefs.getBoolean(HIGH_CONTRAST_KEY, false));
        highContrast.addListener((o, was, on) -> {
            prefs.putBoolean(HIGH_CONTRAST_KEY, on);
            applyToAll();
        });
        int size = prefs.getInt(TEXT_SIZE_KEY, TEXT_SIZES.get(0));
        textSize.set(TEXT_SIZES.contains(size) ? size : TEXT_SIZES.get(0));
        textSize.addListener((o, was, now) -> {
            prefs.putInt(TEXT_SIZE_KEY, now.intValue());
            applyToAll();
        });
        reducedMotion.set(prefs.getBoolean(REDUCED_MOTION_KEY, false));
        reducedMotion.addListener((o, was, on) -> prefs.putBoolean(REDUCED_MOTION_KEY, on));
    }

    /** Whether the high-contrast theme is on (it wins over the dark one; remembered). */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** The text size of the windows' controls in pixels, one of {@link #TEXT_SIZES} (the drawing keeps its own; remembered). */
    public javafx.beans.property.IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Larger text, up to the largest step. */
    public void largerText() {
        int i = TEXT_SIZES.indexOf(textSize.get());
        textSize.set(TEXT_SIZES.get(Math.min(TEXT_SIZES.size() - 1, i + 1)));
    }

    /** Smaller text, down to the style sheet's own. */
    public void smallerText() {
        int i = TEXT_SIZES.indexOf(textSize.get());
        textSize.set(TEXT_SIZES.get(Math.max(0, i - 1)));
    }

    public void normalText() {
        textSize.set(TEXT_SIZES.get(0));
    }

    /** Whether motion is reduced: no moving packets, pulses or morphs (remembered; the drawing follows it). */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** Whether the dark theme is on (remembered as soon as it changes). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    /** The theme as remembered, read again (another window or a test may have changed it). */
    public boolean rememberedDark() {
        return prefs.getBoolean(KEY, false);
    }

    /** Puts the theme on {@code scene} now and on every change to come. */
    public void adopt(Scene scene) {
        scenes.removeIf(r -> r.get() == null || r.get() == scene);
        scenes.add(new WeakReference<>(scene));
        apply(scene);
    }

    private final javafx.beans.value.ChangeListener<javafx.scene.Parent> rootSized = (o, was, root) -> sizeText(root);

    /** The text size as the root's font size (an inline style, which wins over the style sheet's 13 px). */
    private void sizeText(javafx.scene.Parent root) {
        if (root == null) {
            return;
        }
        String style = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?", "").trim();
        int size = textSize.get();
        root.setStyle(size == TEXT_SIZES.get(0) ? style : (style + " -fx-font-size: " + size + "px;").trim());
    }

    private void applyToAll() {
        scenes.removeIf(r -> r.get() == null);
        for (WeakReference<Scene> r : scenes) {
            Scene s = r.get();
            if (s != null) {
                apply(s);
            }
        }
    }

    private void apply(Scene scene) {
        var sheets = scene.getStylesheets();
        sheets.setAll(Assets.stylesheet());
        if (highContrast.get()) {
            sheets.add(Assets.highContrastStylesheet());
        } else if (dark.get()) {
            sheets.add(Assets.darkStylesheet());
        }
        scene.rootProperty().removeListener(rootSized);
        scene.rootProperty().addListener(rootSized);
        sizeText(scene.getRoot());
    }
}
