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

    /** The URL string of a resource of this module, or an IllegalStateException naming it. */
    public static String resource(String name) {
        URL url = Assets.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing asset " + name);
        }
        return url.toExternalForm();
    }
}
