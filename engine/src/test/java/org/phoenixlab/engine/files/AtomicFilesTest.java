package org.phoenixlab.engine.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(AtomicFiles.Stage.class)
    void aSaveInterruptedAtAnyStageLeavesThePreviousFileIntact(AtomicFiles.Stage failAt) throws Exception {
        Path f = dir.resolve("s.scenario.json");
        String previous = "{\"previous\": true}\n";
        Files.writeString(f, previous);
        String next = "{\"next\": \"" + "x".repeat(100_000) + "\"}\n";
        assertThrows(IOException.class, () -> AtomicFiles.write(f, next, stage -> {
            if (stage == failAt) {
                throw new IOException("simulated crash (or full disk) at " + stage);
            }
        }));
        assertEquals(previous, Files.readString(f));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aCompleteSaveReplacesTheFile() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "old");
        AtomicFiles.write(f, "new");
        assertEquals("new", Files.readString(f));
    }
}
