package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.DISK_UK;
import static org.phoenixlab.engine.model.ComponentIds.NET_UK;
import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;

import java.util.ArrayList;
import java.util.List;

/**
 * What creating a domain with one network and one block device asks of XenStore, in the order the
 * toolstack (libxl's sequence, simplified) asks it. The toolstack writes the domain's own entries in
 * one transaction and introduces the domain to XenStore; for each device it writes the back end's
 * and the front end's directories in a transaction; the back end's watch fires, it reads what it
 * needs, brings the device up and reports InitWait; the toolstack's watch fires and it reads the
 * back end's state. Every request waits for its answer before the next one is sent, so the creation
 * takes the sum of the requests' latencies: replication's cost shows up here request by request.
 */
final class VmCreationSequence {
    /** One step of the creation. */
    sealed interface Step permits Phase, Request, WatchFires, DeviceWork {
    }

    /** The operation enters a new phase (for the trace and the screen). */
    record Phase(String name, String detail) implements Step {
    }

    /** A XenStore request from {@code client}: a write when {@code value} is not null, else a read. */
    record Request(String client, String key, String value) implements Step {
        boolean write() {
            return value != null;
        }
    }

    /** XenStore delivers a watch event to {@code watcher}. */
    record WatchFires(String watcher, String key) implements Step {
    }

    /** The back end {@code backEnd} brings its new device up (its own work, no XenStore). */
    record DeviceWork(String backEnd) implements Step {
    }

    private VmCreationSequence() {
    }

    /** The steps for domain {@code domid} (guest/N is domain N) named {@code name}. */
    static List<Step> forDomain(int domid, String name) {
        List<Step> s = new ArrayList<>();
        String dom = "/local/domain/" + domid;
        String vm = "/vm/" + name;
        s.add(new Phase("xenstore-setup", "writing the new domain's entries"));
        tx(s, TOOL_UK, "start");
        for (String[] e : new String[][] {
            {dom, ""}, {dom + "/vm", vm}, {dom + "/name", name}, {dom + "/domid", Integer.toString(domid)},
            {dom + "/cpu/0/availability", "online"}, {dom + "/memory/static-max", "1048576"},
            {dom + "/memory/target", "1048576"}, {dom + "/memory/videoram", "0"}, {dom + "/control", ""},
            {dom + "/control/shutdown", ""}, {dom + "/control/platform-feature-multiprocessor-suspend", "1"},
            {dom + "/device", ""}, {dom + "/store/port", "1"}, {dom + "/store/ring-ref", "1"},
            {dom + "/console/port", "2"}, {dom + "/console/ring-ref", "2"}, {dom + "/console/type", "xenconsoled"},
            {dom + "/console/limit", "1048576"}, {vm + "/name", name}, {vm + "/uuid", name},
            {vm + "/start_time", "0"}, {"/libxl/" + domid + "/type", "pvh"}, {"/libxl/" + domid + "/dm-version", "none"}}) {
            s.add(new Request(TOOL_UK, e[0], e[1]));
        }
        tx(s, TOOL_UK, "commit");
        s.add(new Request(TOOL_UK, "@introduceDomain/" + domid, "introduced"));
        s.add(new Phase("devices", "setting up the network and block devices; the back ends connect them"));
        device(s, domid, NET_UK, "vif", "0", new String[] {"frontend", "frontend-id", "online", "state", "script", "mac",
            "bridge", "handle", "type"}, new String[] {"backend", "backend-id", "state", "handle", "mac"},
            new String[] {"frontend", "frontend-id", "mac", "bridge", "handle"});
        device(s, domid, DISK_UK, "vbd", "51712", new String[] {"frontend", "frontend-id", "online", "state", "params",
            "type", "mode", "device-type", "removable", "bootable", "dev"},
            new String[] {"backend", "backend-id", "state", "virtual-device", "device-type"},
            new String[] {"frontend", "frontend-id", "params", "mode", "type"});
        return s;
    }

    private static void tx(List<Step> s, String client, String what) {
        s.add(new Request(client, "@transaction/" + what, what));
    }

    private static void device(List<Step> s, int domid, String backEnd, String type, String devid, String[] backKeys,
            String[] frontKeys, String[] backReads) {
        String back = "/local/domain/0/backend/" + type + "/" + domid + "/" + devid;
        String front = "/local/domain/" + domid + "/device/" + type + "/" + devid;
        tx(s, TOOL_UK, "start");
        for (String k : backKeys) {
            s.add(new Request(TOOL_UK, back + "/" + k, k.equals("state") ? "1" : k));
        }
        for (String k : frontKeys) {
            s.add(new Request(TOOL_UK, front + "/" + k, k.equals("state") ? "1" : k));
        }
        tx(s, TOOL_UK, "commit");
        s.add(new WatchFires(backEnd, back));
        for (String k : backReads) {
            s.add(new Request(backEnd, back + "/" + k, null));
        }
        s.add(new DeviceWork(backEnd));
        s.add(new Request(backEnd, back + "/hotplug-status", "connected"));
        s.add(new Request(backEnd, back + "/state", "2"));
        s.add(new WatchFires(TOOL_UK, back + "/state"));
        s.add(new Request(TOOL_UK, back + "/hotplug-status", null));
        s.add(new Request(TOOL_UK, back + "/state", null));
    }

    /** How many XenStore requests the steps make. */
    static int requests(List<Step> steps) {
        return (int) steps.stream().filter(st -> st instanceof Request).count();
    }
}
