package org.phoenixlab.engine.fault;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fault a component can suffer. */
public enum FaultKind {
    /** The component stops at once: it answers nothing and holds no work. */
    CRASH("crash", "crash"),
    /** The component is stuck in a loop: it still occupies its CPU but makes no progress. */
    HANG("hang", "hang"),
    /** A bit flips in one stored XenStore entry of a replica; nothing notices by itself. */
    CORRUPT_ENTRY("corrupt-entry", "silent corruption of an entry"),
    /** A bit flips in the last-known-good hash a coordinator keeps for one entry. */
    CORRUPT_HASH("corrupt-hash", "silent corruption of a stored hash"),
    /** The current master (replica or coordinator) of a replicated XenStore crashes. */
    CRASH_MASTER("crash-master", "crash of the master"),
    /** Every member of a group crashes at once. */
    CRASH_ALL("crash-all", "crash of every member"),
    /** Every pVM component crashes at once: net_uk, disk_uk, XenStore, tool_uk. */
    CRASH_ALL_PVM("crash-all-pvm", "crash of every pVM component"),
    /** The receiver's acknowledgement of the next live migration never arrives. */
    LOSE_ACK("lose-ack", "loss of the migration acknowledgement"),
    /** The guest needs more memory than this host can give it. */
    OUT_OF_MEMORY("out-of-memory", "host out of memory");

    private final String id;
    private final String label;

    FaultKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in scenario and trace files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<FaultKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
