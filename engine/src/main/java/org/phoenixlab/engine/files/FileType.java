package org.phoenixlab.engine.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What kind of thing a path names, for the one-line refusals of a folder, a named pipe, a device or a
 * socket where an ordinary file was expected (reading a pipe or /dev/zero would never end).
 */
final class FileType {
    private FileType() {
    }

    /** Empty for a regular file (or none at all); otherwise what it is, in words ("a named pipe (FIFO)"). */
    static Optional<String> notRegular(Path p, LinkOption... options) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, options);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("a folder");
        }
        if (a.isSymbolicLink()) {
            return Optional.of("a symbolic link");
        }
        return Optional.of(special(p, options));
    }

    /** A device, pipe or socket, told apart by the Unix file mode where the platform gives it. */
    private static String special(Path p, LinkOption... options) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", options);
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // no Unix view on this platform: fall back to the general words
        }
        return "a device, pipe or socket";
    }
}
