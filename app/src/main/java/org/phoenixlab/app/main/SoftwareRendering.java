package org.phoenixlab.app.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * How JavaFX is told, before its toolkit starts, that it will most likely draw without a graphics card. On such
 * a machine (a Linux box or virtual machine with no GPU device: lab thin clients, remote desktops) JavaFX falls
 * back to its software renderer. There, its cache of region backgrounds costs more than it saves: each box's
 * background is drawn into a bitmap of an 8 MB texture and copied from there, and copying a bitmap in software
 * is no cheaper than drawing the rounded rectangle again. On the build machine, turning that cache off (JavaFX's
 * own {@code prism.disableRegionCaching}) shortened the first frame's painting by about 45 ms and raised the
 * frame rate with 64 guests from 42 to 49 frames/s (README, "Install").
 *
 * <p>JavaFX is also told to go straight to its software renderer ({@code prism.order=sw}). Otherwise it first
 * tries OpenGL: it loads the system's OpenGL library, which without a GPU brings in Mesa's software driver and
 * its compiler library (LLVM, tens of megabytes), only for JavaFX to reject that renderer and fall back. That
 * attempt took 0.2 s of the start on the build machine. GTK loads the same libraries for its own OpenGL
 * support unless {@code GDK_GL=disable} is in the environment before the JVM starts, which only the image's
 * launcher script can do: it applies the rule of {@link #expected} to {@code /dev} itself (README, "Install").
 *
 * <p>The guess is made from the device files only, so it costs nothing at the start: no {@code /dev/dri} render
 * or card node, no NVIDIA device and no {@code /dev/dxg} (the GPU of Windows' Linux subsystem) means no GPU
 * JavaFX could use. It errs towards JavaFX's defaults: a machine with a GPU device keeps them even if JavaFX
 * ends up drawing in software, and a property the user set on the command line is never changed.
 */
final class SoftwareRendering {
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";
    static final String PIPELINES = "prism.order";

    private SoftwareRendering() {
    }

    /** {@link #prepare(Properties, String, Path)} for this machine: its system properties, its system, its {@code /dev}. */
    static void prepare() {
        prepare(System.getProperties(), System.getProperty("os.name", ""), Path.of("/dev"));
    }

    /** Sets JavaFX's properties for a software renderer in {@code properties} when {@link #expected} says so. */
    static void prepare(Properties properties, String osName, Path dev) {
        if (expected(osName, dev)) {
            properties.putIfAbsent(REGION_CACHING_OFF, "true");
            properties.putIfAbsent(PIPELINES, "sw");
        }
    }

    /** Whether JavaFX will draw in software: on Linux, when {@code dev} (normally {@code /dev}) shows no GPU device. */
    static boolean expected(String osName, Path dev) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false; // Windows and macOS have a renderer of their own (Direct3D, Metal or OpenGL) nearly always
        }
        if (Files.exists(dev.resolve("nvidia0")) || Files.exists(dev.resolve("dxg"))) {
            return false;
        }
        Path dri = dev.resolve("dri");
        if (!Files.isDirectory(dri)) {
            return true;
        }
        try (var nodes = Files.list(dri)) {
            return nodes.map(p -> p.getFileName().toString()).noneMatch(n -> n.startsWith("card") || n.startsWith("renderD"));
        } catch (java.io.IOException e) {
            return false; // unreadable: leave JavaFX's defaults
        }
    }
}
