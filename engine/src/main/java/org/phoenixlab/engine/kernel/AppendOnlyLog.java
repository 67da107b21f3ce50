package org.phoenixlab.engine.kernel;

/**
 * A record that a run only ever appends to (the trace, a throughput series). A checkpoint does not
 * copy it: it keeps the log's {@link #mark()}, and a restore asks for {@link #at(long)}, a view of the
 * same storage as it was at that mark. Because a run is deterministic, what the restored run appends
 * next is what the storage already holds; a log compares each such append with what it holds and
 * starts a new branch (drops the rest) at the first difference.
 */
public interface AppendOnlyLog {
    /** How far this view of the log goes (a count of entries). */
    long mark();

    /** A view of the same storage holding the first {@code mark} entries; fails if the storage no longer has them. */
    AppendOnlyLog at(long mark);
}
