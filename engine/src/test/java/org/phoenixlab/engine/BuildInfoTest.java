package org.phoenixlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theVersionIsTheBuildsOwnAndTheCommitIsNamedInACheckout() throws Exception {
        BuildInfo b = BuildInfo.current();
        String pom = Files.readString(Path.of("..", "pom.xml"));
        String declared = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));
        assertEquals(declared, b.version(), "the parent pom's version, filled in by the build");
        if (Files.exists(Path.of("..", ".git"))) {
            assertTrue(b.commit().matches("[0-9a-f]{7,40}(-dirty)?"), b.commit());
        }
        assertTrue(b.describe().startsWith("Phoenix Lab " + declared + " (commit "), b.describe());
    }
}
