package org.phoenixlab.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves that never damage the previous file: write a temporary file beside the target, force it to
 * disk, then move it over the target in one step. A crash or a full disk at any point leaves either
 * the old file or the new one, never a mixture.
 *
 * <p>What is replaced: a symbolic link is followed, and the file it points to is the one saved (the
 * link stays a link); a folder, device, named pipe or socket is never replaced (the save is refused).
 * A replaced file keeps its permissions; a new file gets the usual ones less the umask. Temporary
 * files of our own naming left beside the target by a save that was killed are removed.
 */
public final class AtomicFiles {
    /** The moments of a save, for tests that simulate a crash at each of them. */
    public enum Stage { TEMP_CREATED, HALF_WRITTEN, WRITTEN, SYNCED }

    /** Called at each stage; a test makes it throw to simulate a crash or a full disk there. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(Stage stage) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    /** ".NAME.PID-N.tmp" (this version), or ".NAME-DIGITS.tmp" (earlier versions, random digits). */
    private static final Pattern OURS = Pattern.compile("\\.(.+)\\.(\\d+)-\\d+\\.tmp");
    private static final Pattern EARLIER = Pattern.compile("\\.(.+)-\\d+\\.tmp");
    /** An earlier version's temporary file this much older than ours is from a save that never finished. */
    private static final long EARLIER_STALE_MS = 10 * 60 * 1000;
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content, stage -> { });
    }

    public static void write(Path target, String content, Checkpoint checkpoint) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), checkpoint);
    }

    /** Saves bytes (an image, an archive) the same way. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, stage -> { });
    }

    public static void write(Path target, byte[] bytes, Checkpoint checkpoint) throws IOException {
        save(target, checkpoint, ch -> {
            int half = bytes.length / 2;
            writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
            checkpoint.reached(Stage.HALF_WRITTEN);
            writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
        });
    }

    /** Content written as a stream (a trace of millions of lines), never held whole in memory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Saves streamed content the same way, with the same checks: the whole text is never in memory. */
    public static void write(Path target, Content content) throws IOException {
        save(target, stage -> { }, ch -> {
            java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(out);
            out.flush(); // not closed: that would close the channel before it is forced to disk
        });
    }

    /** What a save puts in its temporary file. */
    @FunctionalInterface
    private interface Body {
        void writeTo(FileChannel ch) throws IOException;
    }

    /**
     * Every save: follow links, refuse what is not a regular file, keep the mode, write a temporary
     * file beside the target, remove stale ones, force it to disk and move it over the target.
     */
    private static void save(Path target, Checkpoint checkpoint, Body body) throws IOException {
        Path file = followLinks(target.toAbsolutePath());
        var other = FileType.notRegular(file, LinkOption.NOFOLLOW_LINKS);
        if (other.isPresent()) {
            throw new IOException(file + " is " + other.get() + ", not a regular file: it is not replaced");
        }
        boolean replacing = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (replacing && !Files.isWritable(file)) {
            throw new IOException(file + " is read-only");
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot save " + file + ": its folder does not exist");
        }
        Set<PosixFilePermission> mode = replacing ? permissions(file) : null;
        Path tmp = createTemp(file);
        try {
            checkpoint.reached(Stage.TEMP_CREATED);
            removeStale(dir, file.getFileName().toString(), tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.writeTo(ch);
                checkpoint.reached(Stage.WRITTEN);
                ch.force(true);
            } catch (IOException e) {
                throw new IOException("cannot save " + file + " (" + OsReason.of(e) + ")", e);
            }
            checkpoint.reached(Stage.SYNCED);
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file a save to {@code target} writes: the end of its chain of symbolic links. */
    public static Path resolved(Path target) throws IOException {
        return followLinks(target.toAbsolutePath());
    }

    /** The file a chain of symbolic links ends at (the path itself when it is no link). */
    static Path followLinks(Path p) throws IOException {
        Path at = p;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(at)) {
                return at;
            }
            Path to = Files.readSymbolicLink(at);
            Path parent = at.getParent();
            at = (parent == null ? to : parent.resolve(to)).normalize();
        }
        throw new IOException(p + ": more than " + MAX_LINKS + " symbolic links in a row (a loop?)");
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            return null; // not a POSIX file system: the platform's default is all we can give
        }
    }

    /** A new file beside the target, created with the default permissions (which the umask narrows). */
    private static Path createTemp(Path file) throws IOException {
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        for (int attempt = 0; attempt < 100; attempt++) {
            Path tmp = dir.resolve("." + name + "." + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process with the same number: try the next name
            } catch (IOException e) {
                throw new IOException("cannot save " + file + ": its folder cannot be written to (" + OsReason.of(e) + ")", e);
            }
        }
        throw new IOException("cannot save " + file + ": no free name for a temporary file in its folder");
    }

    /**
     * Removes temporary files of our naming for the same target that a killed save left: those of a
     * process that no longer runs, and an earlier version's that are much older than ours.
     */
    private static void removeStale(Path dir, String name, Path ours) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globEscape(name) + "*.tmp")) {
            FileTime now = Files.getLastModifiedTime(ours);
            for (Path f : files) {
                if (f.equals(ours) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String n = f.getFileName().toString();
                Matcher mine = OURS.matcher(n);
                boolean stale = false;
                if (mine.matches() && mine.group(1).equals(name)) {
                    long pid = Long.parseLong(mine.group(2));
                    stale = pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
                } else {
                    Matcher earlier = EARLIER.matcher(n);
                    stale = earlier.matches() && earlier.group(1).equals(name)
                            && now.toMillis() - Files.getLastModifiedTime(f).toMillis() > EARLIER_STALE_MS;
                }
                if (stale) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a save must not fail because of it.
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
