package org.phoenixlab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * One part of {@code experiment paper}: it runs its experiment, then prints its table or adds its
 * fields to the JSON document. A new table of the paper is one more section in {@link PaperCommand#sections}.
 */
interface PaperSection {
    /** Runs the experiment; {@code progress} takes a short line for a person at a terminal. */
    void compute(Consumer<String> progress);

    /** The human-readable table (after {@link #compute}). */
    void print(PrintWriter out);

    /** Adds this section's fields to the JSON document (after {@link #compute}). */
    void json(ObjectNode root);
}
