package org.phoenixlab.engine.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phoenixlab.engine.scenario.Scenario;
import org.phoenixlab.engine.scenario.ScenarioLoader;

/**
 * Issue 11, finding 4: what the loaders read and what a save replaces. Every read has a hard byte
 * limit and takes only ordinary files; every save keeps what it must not destroy.
 */
class FileSafetyTest {
    @TempDir
    Path dir;

    private static final String SCENARIO = "{\"format\":\"phoenix-lab/scenario\",\"version\":2,\"name\":\"n\u00e9\",\"strategy\":\"phoenix-fine\",\"duration\":\"1s\"}";

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom", "/dev/null"})
    void aDeviceIsRefusedAtOnceInsteadOfReadUntilMemoryRunsOut(String device) {
        assumeTrue(Files.exists(Path.of(device)));
        BadFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(BadFileException.class, () -> ScenarioLoader.load(Path.of(device))));
        assertEquals(device + ": is a character device, not a regular file", e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfWaitedOnForever() throws Exception {
        Path fifo = dir.resolve("pipe.scenario.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        BadFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(BadFileException.class, () -> ScenarioLoader.load(fifo)));
        assertEquals(fifo + ": is a named pipe (FIFO), not a regular file", e.getMessage());
        IOException save = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(IOException.class, () -> AtomicFiles.write(fifo, "x")));
        assertTrue(save.getMessage().contains("named pipe (FIFO), not a regular file"), save.getMessage());
        assertTrue(Files.readAttributes(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS).toString().length() > 0);
        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
    }

    @Test
    void aFolderIsRefusedWithOneLine() {
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(dir));
        assertEquals(dir + ": is a folder, not a regular file", e.getMessage());
    }

    @Test
    void theByteLimitHoldsWhateverTheSizeTheFileSystemReports() throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, "{\"a\":\"" + "x".repeat(5_000) + "\"}");
        BadFileException e = assertThrows(BadFileException.class, () -> LocatedJson.read(f, 4_096));
        assertEquals(f + ": the file is larger than the limit of 4096 bytes", e.getMessage());
        // /proc reports a size of 0 for files that do hold text: the limit, not the size, decides.
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status) && Files.size(status) == 0);
        assertTrue(LocatedJson.bytes(status, 1 << 20).length > 0);
    }

    @Test
    void theOperatingSystemsReasonIsGivenInWordsWithoutAPath() throws Exception {
        Path file = dir.resolve("plain");
        Files.writeString(file, "{}");
        Path under = file.resolve("child.json"); // "plain" is not a folder
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(under));
        assertEquals(under + ": cannot be read (not a directory)", e.getMessage());
        assertEquals("permission denied", OsReason.of(new java.nio.file.AccessDeniedException("/x/y")));
        assertEquals("read-only file system", OsReason.of(new java.nio.file.FileSystemException("/x/.y.tmp", null, "Read-only file system")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void aUtf16OrUtf32FileIsRecognisedAndRead(String charset) throws Exception {
        for (boolean bom : new boolean[] {true, false}) {
            Path f = dir.resolve(charset + bom + ".scenario.json");
            byte[] text = ((bom ? "\uFEFF" : "") + SCENARIO).getBytes(Charset.forName(charset));
            Files.write(f, text);
            Scenario s = ScenarioLoader.load(f);
            assertEquals("n\u00e9", s.name(), charset + (bom ? " with" : " without") + " a byte-order mark");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndBrokenUtf16IsNamed() throws Exception {
        Path f = dir.resolve("bom.scenario.json");
        Files.write(f, ("\uFEFF" + SCENARIO).getBytes(StandardCharsets.UTF_8));
        assertEquals("n\u00e9", ScenarioLoader.load(f).name());
        Path broken = dir.resolve("broken.scenario.json");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, 0x00, (byte) 0xD8, '}', 0}); // a lone surrogate
        BadFileException e = assertThrows(BadFileException.class, () -> ScenarioLoader.load(broken));
        assertEquals(broken + ": looks like UTF-16 text but is not valid UTF-16 (save it as UTF-8)", e.getMessage());
    }

    @Test
    void savingThroughASymbolicLinkSavesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, real.getFileName());
        AtomicFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("new", Files.readString(real));
        Path dangling = dir.resolve("dangling.json");
        Files.createSymbolicLink(dangling, Path.of("sub-file.json"));
        AtomicFiles.write(dangling, "created");
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("created", Files.readString(dir.resolve("sub-file.json")));
    }

    @Test
    void aDeviceIsNeverReplacedByASave() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(devNull, "trace"));
        assertEquals("/dev/null is a character device, not a regular file: it is not replaced", e.getMessage());
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "/dev/null is still a device");
        Path link = dir.resolve("to-null");
        Files.createSymbolicLink(link, devNull);
        assertThrows(IOException.class, () -> AtomicFiles.write(link, "trace"), "not through a link either");
        assertThrows(IOException.class, () -> AtomicFiles.write(dir, "x"), "nor a folder");
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheUmasksMode() throws Exception {
        for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rwxr-x---"}) {
            Path f = dir.resolve(mode + ".json");
            Files.writeString(f, "old");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
            AtomicFiles.write(f, "new");
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), "kept");
        }
        Path plain = Files.createFile(dir.resolve("made-by-the-system"));
        Path ours = dir.resolve("made-by-a-save.json");
        AtomicFiles.write(ours, "new");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(ours),
                "a new file gets what any program's new file gets under this umask (not always 0600)");
    }

    @Test
    void staleTemporaryFilesOfOurNamingAreRemovedAndOthersKept() throws Exception {
        long dead = 999_999_999L;
        assumeTrue(ProcessHandle.of(dead).isEmpty());
        Path target = dir.resolve("s.json");
        Path ofADeadProcess = Files.writeString(dir.resolve(".s.json." + dead + "-3.tmp"), "half");
        Path ofALiveProcess = Files.writeString(dir.resolve(".s.json.1-3.tmp"), "being written by pid 1");
        Path earlierNaming = Files.writeString(dir.resolve(".s.json-8123456789.tmp"), "half");
        Files.setLastModifiedTime(earlierNaming, java.nio.file.attribute.FileTime.fromMillis(0));
        Path recentEarlier = Files.writeString(dir.resolve(".s.json-42.tmp"), "maybe in use");
        Path otherFile = Files.writeString(dir.resolve(".other.json." + dead + "-1.tmp"), "not ours to judge");
        AtomicFiles.write(target, "new");
        assertFalse(Files.exists(ofADeadProcess));
        assertFalse(Files.exists(earlierNaming));
        assertTrue(Files.exists(ofALiveProcess) || ProcessHandle.of(1).isEmpty());
        assertTrue(Files.exists(recentEarlier), "an earlier version's recent temporary file may still be in use");
        assertTrue(Files.exists(otherFile), "another target's temporary files are left to its own saves");
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    }
}
