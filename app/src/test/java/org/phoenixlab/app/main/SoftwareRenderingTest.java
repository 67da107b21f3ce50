package org.phoenixlab.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guess, made before the toolkit starts, that JavaFX will draw in software, and what it changes. */
class SoftwareRenderingTest {
    @TempDir
    Path dev;

    @Test
    void aLinuxMachineWithoutGpuDevicesTurnsTheRegionCacheOffAndSkipsOpenGl() throws IOException {
        Files.createDirectories(dev.resolve("dri/by-path")); // a dri folder with no card or render node in it
        Properties p = new Properties();
        SoftwareRendering.prepare(p, "Linux", dev);
        assertEquals("true", p.getProperty(SoftwareRendering.REGION_CACHING_OFF));
        assertEquals("sw", p.getProperty(SoftwareRendering.PIPELINES));
    }

    @Test
    void aRenderNodeACardOrAnNvidiaDeviceKeepsJavaFxDefaults() throws IOException {
        Path dri = Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dri.resolve("renderD128"));
        assertFalse(SoftwareRendering.expected("Linux", dev));
        Files.delete(dri.resolve("renderD128"));
        Files.createFile(dri.resolve("card0"));
        assertFalse(SoftwareRendering.expected("Linux", dev));
        Files.delete(dri.resolve("card0"));
        assertTrue(SoftwareRendering.expected("Linux", dev));
        Files.createFile(dev.resolve("nvidia0"));
        assertFalse(SoftwareRendering.expected("Linux", dev));
        Files.delete(dev.resolve("nvidia0"));
        Files.createFile(dev.resolve("dxg"));
        assertFalse(SoftwareRendering.expected("Linux", dev));
        Properties p = new Properties();
        SoftwareRendering.prepare(p, "Linux", dev);
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void otherSystemsAreLeftAlone() {
        Properties p = new Properties();
        SoftwareRendering.prepare(p, "Windows 11", dev);
        SoftwareRendering.prepare(p, "Mac OS X", dev);
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void aValueGivenOnTheCommandLineWins() {
        Properties p = new Properties();
        p.setProperty(SoftwareRendering.REGION_CACHING_OFF, "false");
        p.setProperty(SoftwareRendering.PIPELINES, "es2,sw");
        SoftwareRendering.prepare(p, "Linux", dev);
        assertEquals("false", p.getProperty(SoftwareRendering.REGION_CACHING_OFF));
        assertEquals("es2,sw", p.getProperty(SoftwareRendering.PIPELINES));
    }
}
