package org.phoenixlab.engine.files;

import java.nio.file.Path;

/**
 * A kind of file the engine does not know itself (lessons live in another module) that {@code validate}
 * can still check: implementations are found with {@link java.util.ServiceLoader}.
 */
public interface FileCheck {
    /** The "format" value of the files this checks. */
    String format();

    /** Checks the whole file; returns what it is, in words, or throws naming the file, place and problem. */
    String check(Path file, Reader reader, Node root) throws BadFileException;
}
