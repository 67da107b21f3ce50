package org.phoenixlab.app.util;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one file (an export); an exception says why it could not. */
@FunctionalInterface
public interface Writing {
    void to(Path file) throws IOException;
}
