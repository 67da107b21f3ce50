package org.phoenixlab.engine.model;

/** The stable component ids of DESIGN section 2, in one place. */
public final class ComponentIds {
    public static final String VMM = "vmm";
    public static final String NET_UK = "net_uk";
    public static final String NIC_DRIVER = "net_uk/nic-driver";
    public static final String NETBACK = "net_uk/netback";
    public static final String DISK_UK = "disk_uk";
    public static final String DISK_DRIVER = "disk_uk/disk-driver";
    public static final String BLKBACK = "disk_uk/blkback";
    public static final String XENSTORE = "xenstore";
    public static final String XS_COORD = "xs_coord";
    public static final String TOOL_UK = "tool_uk";
    public static final String NIC = "nic";
    public static final String NIC_BACKUP = "nic-backup";
    public static final String DISK = "disk";
    public static final String REMOTE_HOST = "remote-host";
    public static final String NOVA = "nova";

    public static final int MIN_GUESTS = 1;
    public static final int MAX_GUESTS = 64;

    private ComponentIds() {
    }

    public static String xenstoreReplica(int i) {
        return "xenstore_uk/" + i;
    }

    public static String coordinator(int i) {
        return "xs_coord/" + i;
    }

    public static String guest(int n) {
        return "guest/" + n;
    }

    public static String netfront(int n) {
        return guest(n) + "/netfront";
    }

    public static String blkfront(int n) {
        return guest(n) + "/blkfront";
    }

    public static String netRing(int n) {
        return "ring/guest/" + n + "/net";
    }

    public static String blkRing(int n) {
        return "ring/guest/" + n + "/blk";
    }
}
