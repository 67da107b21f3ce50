package org.phoenixlab.assets;

import java.net.URL;

/** Finds the program's resources (stylesheets, images); no other code lives in this module. */
public final class Assets {
    private Assets() {
    }

    /** The main stylesheet, as a URL string for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        return resource("phoenix.css");
    }

    /** The dark theme, loaded after {@link #stylesheet()}. */
    public static String darkStylesheet() {
        return resource("phoenix-dark.css");
    }

    /** The high-contrast theme, loaded after {@link #stylesheet()} (instead of the dark one). */
    public static String highContrastStylesheet() {
        return resource("phoenix-high-contrast.css");
    }

    /** The program's icon, as URL strings from small to large (window decorations pick the size they need). */
    public static java.util.List<String> icons() {
        return java.util.stream.Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> resource("icons/phoenix-lab-" + size + ".png")).toList();
    }

    /** The URL string of a resource of this module, or an IllegalStateException naming it. */
    public static String resource(String name) {
        URL url = Assets.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing asset " + name);
        }
        return url.toExternalForm();
    }
}
