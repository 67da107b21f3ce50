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
 * The light or dark theme, remembered between runs, and the one place that puts it on the
 * program's windows: every scene adopted here (the main window, the Compare window) follows a
 * change at once, whichever window it was made in.
 */
public final class Themes {
    private static final String KEY = "theme.dark";

    private final Preferences prefs;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final List<WeakReference<Scene>> scenes = new ArrayList<>();

    public Themes(Preferences prefs) {
        this.prefs = prefs;
        dark.set(prefs.getBoolean(KEY, false));
        dark.addListener((o, was, on) -> {
            prefs.putBoolean(KEY, on);
            applyToAll();
        });
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
        if (dark.get()) {
            sheets.add(Assets.darkStylesheet());
        }
    }
}
