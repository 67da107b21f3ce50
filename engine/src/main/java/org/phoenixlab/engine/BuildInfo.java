package org.phoenixlab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build this is: the program's version and the commit it was built from, written into the
 * engine's resources by the build. The window's About box and {@code phoenix-cli --version} both read
 * it, so they can never disagree.
 */
public record BuildInfo(String version, String commit) {
    private static final BuildInfo CURRENT = load();

    /** This build. A build without its resource (an IDE's own compile, say) says "unknown". */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** "Phoenix Lab 0.1.0 (commit 1a2b3c4d5e6f)". */
    public String describe() {
        return "Phoenix Lab " + version + " (commit " + commit + ")";
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource inside our own jar: report the build as unknown
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("commit")));
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
    }
}
