package org.phoenixlab.engine.scenario;

/** A VM operation that tool_uk starts at {@code atUs} on the guest {@code vm}. */
public record ScriptedOperation(long atUs, Kind kind, String vm) implements java.io.Serializable {
    public enum Kind {
        /** Create the guest (it does not run before): XenStore set-up, a read-back, then boot. */
        CREATE("create"),
        /** Live-migrate the guest to the remote host: pre-copy, suspend, transfer, acknowledgement, resume. */
        MIGRATE("migrate"),
        /** Pause the guest, save its memory image to disk, resume it. */
        CHECKPOINT("checkpoint"),
        /** Remove the guest's XenStore entries and stop it for good. */
        DESTROY("destroy");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Kind> byId(String id) {
            return java.util.Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }
}
