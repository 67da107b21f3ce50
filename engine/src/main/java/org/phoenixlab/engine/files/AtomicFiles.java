package org.phoenixlab.engine.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Saves that never damage the previous file: write a temporary file beside the target, force it to
 * disk, then move it over the target in one step. A crash or a full disk at any point leaves either
 * the old file or the new one, never a mixture.
 */
public final class AtomicFiles {
    /** The moments of a save, for tests that simulate a crash at each of them. */
    public enum Stage { TEMP_CREATED, HALF_WRITTEN, WRITTEN, SYNCED }

    /** Called at each stage; a test makes it throw to simulate a crash or a full disk there. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(Stage stage) throws IOException;
    }

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
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            checkpoint.reached(Stage.TEMP_CREATED);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                int half = bytes.length / 2;
                writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
                checkpoint.reached(Stage.HALF_WRITTEN);
                writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
                checkpoint.reached(Stage.WRITTEN);
                ch.force(true);
            }
            checkpoint.reached(Stage.SYNCED);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Content written as a stream (a trace of millions of lines), never held whole in memory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Saves streamed content the same way: temporary file, forced to disk, moved over the target. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
