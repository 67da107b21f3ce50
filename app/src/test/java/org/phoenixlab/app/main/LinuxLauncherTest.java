package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's launcher on Linux (src/installer/linux/phoenix-lab-launcher), run in a made-up image whose java
 * launcher (lib/runtime/bin/phoenix-lab, the build's copy of bin/java) prints the arguments it gets: they must be those jpackage's launcher gives, read from the same configuration
 * (the class path after the options rather than before them).
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {
    private static final Path LAUNCHER = Path.of("src/installer/linux/phoenix-lab-launcher");
    private static final String BUS = "DBUS_SESSION_BUS_ADDRESS";

    @TempDir
    Path tmp;
    private Path image;
    private Path app;

    @BeforeEach
    void makeImage() throws IOException {
        image = tmp.resolve("an image"); // a space in the folder's name, as in "/home/ann/My programs"
        app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("phoenix-lab.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/phoenix-app.jar",
                "app.mainclass=org.phoenixlab.app.main.Launcher",
                "app.classpath=$APPDIR/engine.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/phoenix-lab.jsa",
                "java-options=-Dtwo.dirs=$APPDIR:$ROOTDIR",
                "java-options=-XX:-C1ProfileCalls") + "\n");
        executable(image.resolve("lib/runtime/bin/phoenix-lab"), "#!/bin/sh\nfor a; do printf '%s\\n' \"$a\"; done\n"
                // what GTK would find in its environment
                + "printf '%s' \"${GDK_GL-(unset)}\" > \"$0.GDK_GL\"\n"
                + "printf '%s' \"${DBUS_SESSION_BUS_ADDRESS-(unset)}\" > \"$0.DBUS_SESSION_BUS_ADDRESS\"\n");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("phoenix-lab"));
        Files.setPosixFilePermissions(bin.resolve("phoenix-lab"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void itGivesJavaTheOptionsTheClassPathTheMainClassAndTheArguments() throws Exception {
        Result r = run(image.resolve("bin/phoenix-lab"), "/nonexistent", "--smoke", "two words", "");
        assertEquals(0, r.status, r.output);
        String a = app.toString();
        assertEquals(List.of(
                "-Djpackage.app-version=0.1.0",
                "-XX:SharedArchiveFile=" + a + "/phoenix-lab.jsa",
                "-Dtwo.dirs=" + a + ":" + image,
                "-XX:-C1ProfileCalls",
                "-classpath", a + "/phoenix-app.jar:" + a + "/engine.jar",
                "-Djpackage.app-path=" + image + "/bin/phoenix-lab",
                "org.phoenixlab.app.main.Launcher",
                "--smoke", "two words", ""), r.lines());
    }

    @Test
    void startedThroughALinkElsewhereItStillFindsItsImage() throws Exception {
        Path link = Files.createDirectories(tmp.resolve("on the path")).resolve("phoenix-lab");
        Files.createSymbolicLink(link, Path.of("../an image/bin/phoenix-lab"));
        Result r = run(link, "/usr/bin:/bin");
        assertEquals(0, r.status, r.output);
        assertEquals("-Djpackage.app-path=" + image + "/bin/phoenix-lab", r.lines().get(6));
    }

    @Test
    void anIncompleteImageSaysSoInOneLine() throws Exception {
        Files.delete(app.resolve("phoenix-lab.cfg"));
        Result r = run(image.resolve("bin/phoenix-lab"), "/nonexistent");
        assertEquals(1, r.status);
        assertEquals(1, r.lines().size(), r.output);
        assertTrue(r.output.startsWith("phoenix-lab: this copy of Phoenix Lab is incomplete ("
                + app.resolve("phoenix-lab.cfg")), r.output);
    }

    @Test
    void aSettingItDoesNotHandleStopsItWithOneLineInsteadOfBeingLeftOut() throws Exception {
        Files.writeString(app.resolve("phoenix-lab.cfg"), "\n[ArgOptions]\narguments=--demo\n",
                java.nio.file.StandardOpenOption.APPEND);
        Result r = run(image.resolve("bin/phoenix-lab"), "/nonexistent");
        assertEquals(1, r.status);
        assertEquals(List.of("phoenix-lab: " + app.resolve("phoenix-lab.cfg") + " sets arguments, which this launcher"
                + " does not handle"), r.lines());
    }

    @Test
    void gtkIsToldToLeaveOpenGlAloneExactlyWhenTheProgramExpectsToDrawInSoftware() throws Exception {
        boolean software = SoftwareRendering.expected(System.getProperty("os.name"), Path.of("/dev"));
        assertEquals(software ? "disable" : "(unset)", seen("GDK_GL", "/nonexistent", Map.of()),
                "GPU devices: " + gpuDevices());
    }

    @Test
    void aGdkGlValueAlreadyInTheEnvironmentIsKept() throws Exception {
        for (String given : List.of("", "gles")) {
            assertEquals(given, seen("GDK_GL", "/nonexistent", Map.of("GDK_GL", given)));
        }
    }

    @Test
    void withNoSessionBusAndNoWayToStartOneGtkIsToldNotToLookForOne() throws Exception {
        // No program on the PATH; dbus-launch's usual place is also looked at, so on a machine that has it there
        // the launcher rightly leaves the address alone.
        boolean canStartABus = Files.exists(Path.of("/usr/bin/dbus-launch"));
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("bus"), ""); // a regular file where a bus's socket would be: no bus
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("XDG_RUNTIME_DIR", run.toString()))) {
            assertEquals(canStartABus ? "(unset)" : "disabled:", seen(BUS, "/nonexistent", env), env.toString());
        }
    }

    @Test
    void aBusAtTheUsualSocketOrAnAddressAlreadySetIsLeftAlone() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(run.resolve("bus")));
            assertEquals("(unset)", seen(BUS, "/nonexistent", Map.of("XDG_RUNTIME_DIR", run.toString())));
        }
        for (String given : List.of("", "unix:path=/run/user/1000/bus")) {
            assertEquals(given, seen(BUS, "/nonexistent", Map.of(BUS, given)));
        }
    }

    @Test
    void whereDbusLaunchIsOnThePathItMayStartABusSoTheAddressIsLeftAlone() throws Exception {
        Path tools = tmp.resolve("tools");
        executable(tools.resolve("dbus-launch"), "#!/bin/sh\nexit 1\n");
        assertEquals("(unset)", seen(BUS, tools.toString(), Map.of()));
    }

    /** The value of {@code variable} that the runtime's java launcher found when the image was started. */
    private String seen(String variable, String path, Map<String, String> env) throws Exception {
        Result r = run(image.resolve("bin/phoenix-lab"), path, env);
        assertEquals(0, r.status, r.output);
        return Files.readString(image.resolve("lib/runtime/bin/phoenix-lab." + variable));
    }

    private static List<String> gpuDevices() throws IOException {
        Path dri = Path.of("/dev/dri");
        if (!Files.isDirectory(dri)) {
            return List.of("no /dev/dri");
        }
        try (var nodes = Files.list(dri)) {
            return nodes.map(Path::toString).sorted().toList();
        }
    }

    private record Result(int status, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Result run(Path launcher, String path, String... args) throws Exception {
        return run(launcher, path, Map.of(), args);
    }

    private static Result run(Path launcher, String path, Map<String, String> env, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("PATH", path); // "/nonexistent": as CI starts the image, no program to call upon
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
