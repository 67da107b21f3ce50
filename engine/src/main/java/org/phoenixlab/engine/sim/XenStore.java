package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.XENSTORE;
import static org.phoenixlab.engine.model.ComponentIds.XS_COORD;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phoenixlab.engine.model.ComponentIds;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.trace.Payload;

/**
 * The XenStore database. Under Phoenix fine-grained: three replicas (reads from the master, writes
 * to all) and three coordinators (the master routes requests and checks hashes), heartbeats between
 * them, pro-active replacement, master election, the hash sanity check with the last known good
 * state, and a backup in hypervisor memory. Elsewhere: one instance (replica 1), which coarse-grained
 * Phoenix reboots and reloads from the hypervisor's backup, and which nothing repairs in the others.
 */
final class XenStore implements EngineState {
    static final int N = 3;
    static final String HEARTBEAT_PROBE = "xenstore-heartbeat";
    static final String SANITY_PROBE = "hash-sanity-check";

    /** A request from a client (a guest's front end, a back end, the toolstack). */
    record Request(String key, String value, Reply done) implements EngineState {
        boolean write() {
            return value != null;
        }
    }

    /** What the client got: the value read (or written), or a failure. */
    record Result(boolean ok, String value, long latencyUs) implements EngineState {
    }

    private final Host host;
    final boolean replicated;
    final boolean sanityCheck;
    final boolean vmmBackup;
    private final Part group;
    private final Part coordGroup;
    private final Part[] replicas = new Part[N];
    private final Part[] coords = new Part[N];
    @SuppressWarnings("unchecked")
    private final TreeMap<String, String>[] data = new TreeMap[N];
    @SuppressWarnings("unchecked")
    private final TreeMap<String, Long>[] goodHash = new TreeMap[N];
    @SuppressWarnings("unchecked")
    private final TreeSet<String>[] corrupt = new TreeSet[N];
    @SuppressWarnings("unchecked")
    private final TreeSet<String>[] corruptHash = new TreeSet[N];
    private final boolean[] corruptionDetected = new boolean[N];
    private final TreeMap<String, String> backupData = new TreeMap<>();
    private final TreeMap<String, Long> backupHash = new TreeMap<>();
    private final TreeMap<String, String> acknowledged = new TreeMap<>();
    private final List<Request> waiting = new ArrayList<>();
    private final List<String> keys;
    private final SimRandomView workload;
    private int master;
    private int masterCoord;
    private long writeSeq;

    // Figures
    long served;
    long failed;
    long delayed;
    long latencySumUs;
    final List<String> violations = new ArrayList<>();

    /** What a client does with its answer (serializable: a request may wait in a checkpoint). */
    interface Reply extends EngineState {
        void accept(Result r);
    }

    /** Minimal view of the seeded stream used for the background workload. */
    interface SimRandomView extends EngineState {
        long nextLong(long bound);
    }

    XenStore(Host host) {
        this.host = host;
        this.replicated = host.strategy.has(Mechanism.XENSTORE_REPLICATION);
        this.sanityCheck = replicated && host.strategy.has(Mechanism.XENSTORE_SANITY_CHECK)
                && !host.defects.contains(Defect.NO_HASH_CHECK);
        this.vmmBackup = host.strategy.has(Mechanism.VMM_BACKUP);
        this.group = host.parts.get(XENSTORE);
        this.coordGroup = host.parts.get(XS_COORD);
        for (int i = 0; i < N; i++) {
            replicas[i] = host.parts.get(ComponentIds.xenstoreReplica(i + 1));
            coords[i] = host.parts.get(ComponentIds.coordinator(i + 1));
            data[i] = new TreeMap<>();
            goodHash[i] = new TreeMap<>();
            corrupt[i] = new TreeSet<>();
            corruptHash[i] = new TreeSet<>();
        }
        if (replicated) { // the members ping each other, and the sanity check reads through them
            for (int i = 0; i < N; i++) {
                host.watch(replicas[i].id());
                host.watch(coords[i].id());
            }
        }
        var stream = host.random.stream("xenstore-workload");
        this.workload = stream::nextLong;
        this.keys = new ArrayList<>();
        for (int n = 1; n <= host.topology.guests(); n++) {
            keys.add("/local/domain/" + n + "/device/vif/0/state");
            keys.add("/local/domain/" + n + "/device/vbd/0/state");
            keys.add("/local/domain/" + n + "/memory/target");
        }
        keys.add("/tool/xenstored/quota");
        // The database every design starts from, identical in every live copy.
        for (String k : keys) {
            initialWrite(k, "v0");
        }
        if (!replicated) {
            for (int i = 0; i < N; i++) {
                markAbsent(coords[i]);
                if (i > 0) {
                    markAbsent(replicas[i]);
                }
            }
            markAbsent(coordGroup);
        }
    }

    private void markAbsent(Part p) {
        p.absent = true;
        host.parts.set(0, p, ComponentState.STOPPED, "not part of this design (XenStore is not replicated)");
    }

    private void initialWrite(String key, String value) {
        long h = hash(key, value);
        for (int i = 0; i < N; i++) {
            data[i].put(key, value);
            goodHash[i].put(key, h);
        }
        backupData.put(key, value);
        backupHash.put(key, h);
        acknowledged.put(key, value);
    }

    /** The value last acknowledged to a writer of {@code key} (what a correct read must return). */
    String acknowledgedValue(String key) {
        return acknowledged.get(key);
    }

    /** The key the background workload reads most: the first guest's network state. */
    String hotKey() {
        return keys.get(0);
    }

    void start() {
        long rate = host.strategy.get(Parameter.XENSTORE_OPS_PER_SECOND);
        if (rate > 0) {
            long period = 1_000_000 / rate;
            host.kernel.at(workload.nextLong(period), t -> backgroundRequest(t, period));
        }
        if (replicated) {
            long period = host.strategy.get(Parameter.XS_HEARTBEAT_PERIOD_US);
            host.kernel.at(host.random.stream("xenstore-heartbeat").nextLong(period), t -> heartbeat(t, period));
        } else if (vmmBackup && host.strategy.has(Mechanism.HEARTBEAT)) {
            new HeartbeatProbe(host, replicas[0]).start(); // coarse: the hypervisor watches the one XenStore
        }
    }

    // ---------------------------------------------------------------- requests

    private void backgroundRequest(long now, long period) {
        host.kernel.at(now + period, t -> backgroundRequest(t, period));
        String key = keys.get((int) workload.nextLong(keys.size()));
        boolean write = workload.nextLong(100) < host.strategy.get(Parameter.XENSTORE_WRITE_PERCENT);
        submit(now, new Request(key, write ? "w" + (++writeSeq) : null, r -> { }));
    }

    /** Serves {@code r} now, or holds it until the service is back (Phoenix), or fails it. */
    void submit(long now, Request r) {
        if (available()) {
            serve(now, r);
        } else if (replicated || vmmBackup) {
            delayed++;
            waiting.add(r); // Phoenix's clients retry until XenStore answers again
        } else {
            failed++;
            host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(r.key(), "XenStore is down and nothing restarts it"));
            r.done().accept(new Result(false, null, 0));
        }
    }

    boolean available() {
        if (!replicated) {
            return works(replicas[0]);
        }
        return works(replicas[master]) && works(coords[masterCoord]);
    }

    private static boolean works(Part p) {
        return !p.absent && !p.failed() && p.state != ComponentState.REPAIRING && p.state != ComponentState.STOPPED;
    }

    private void serve(long now, Request r) {
        long latency = host.strategy.get(Parameter.XENSTORE_OP_US);
        String value;
        if (r.write()) {
            int copies = 0;
            for (int i = 0; i < N; i++) {
                if (works(replicas[i])) {
                    data[i].put(r.key(), r.value());
                    if (corrupt[i].remove(r.key()) && corrupt[i].isEmpty()) {
                        healed(now, replicas[i], "its corrupt entry was overwritten by a new write");
                    }
                    copies++;
                }
            }
            long h = hash(r.key(), r.value());
            for (int i = 0; i < N; i++) {
                if (works(coords[i])) {
                    goodHash[i].put(r.key(), h);
                    if (corruptHash[i].remove(r.key()) && corruptHash[i].isEmpty()) {
                        healed(now, coords[i], "its corrupt hash was replaced by a new write's");
                    }
                }
            }
            if (vmmBackup) {
                backupData.put(r.key(), r.value());
                backupHash.put(r.key(), h);
            }
            acknowledged.put(r.key(), r.value());
            if (replicated) {
                latency += host.strategy.get(Parameter.XENSTORE_REPLICATION_US);
            }
            if (sanityCheck) {
                latency += host.strategy.get(Parameter.XENSTORE_HASH_CHECK_US);
            }
            host.trace.append(now, XENSTORE, new Payload.XenStoreWrite(r.key(), copies));
            value = r.value();
        } else {
            if (sanityCheck) {
                latency += host.strategy.get(Parameter.XENSTORE_HASH_CHECK_US);
                value = sanityCheckedRead(now, r.key());
            } else {
                value = data[replicated ? master : 0].get(r.key());
            }
            checkServed(r.key(), value);
        }
        served++;
        latencySumUs += latency;
        long total = latency;
        host.kernel.at(now + latency, t -> r.done().accept(new Result(true, value, total)));
    }

    /** A silent corruption disappeared by itself (overwritten) before anyone noticed it. */
    private void healed(long now, Part p, String why) {
        if (p.corrupted() && p.state == ComponentState.FAULTY) {
            p.failure = null;
            host.parts.set(now, p, ComponentState.HEALTHY, why);
        }
    }

    private void checkServed(String key, String value) {
        int m = replicated ? master : 0;
        if (corrupt[m].contains(key) && corruptionDetected[m]) {
            violation("served a corrupt master replica after its corruption was detected (" + key + ")");
        }
        if (!value.equals(acknowledged.get(key)) && corruptCopies(key) <= 1) {
            violation("read of " + key + " returned " + value + ", not the acknowledged " + acknowledged.get(key));
        }
    }

    private void violation(String what) {
        if (!violations.contains(what)) {
            violations.add(what);
        }
    }

    private int corruptCopies(String key) {
        int n = 0;
        for (int i = 0; i < N; i++) {
            if (corrupt[i].contains(key)) {
                n++;
            }
            if (corruptHash[i].contains(key)) {
                n++;
            }
        }
        return n;
    }

    /** The master replica's value, checked against the master coordinator's last known good hash. */
    private String sanityCheckedRead(long now, String key) {
        String v = data[master].get(key);
        Long good = goodHash[masterCoord].get(key);
        if (good == null || hash(key, v) == good) {
            return v;
        }
        // Mismatch: find which side is wrong. Replicas that agree with the stored hash outvote the master.
        int agreeing = -1;
        for (int i = 0; i < N; i++) {
            if (i != master && works(replicas[i]) && hash(key, data[i].get(key)) == good) {
                agreeing = i;
                break;
            }
        }
        if (agreeing >= 0) {
            Part bad = replicas[master];
            corruptionDetected[master] = true;
            elect(now, agreeing); // first: the replica that matches the good hash serves from now on
            host.loop.detected(now, bad, SANITY_PROBE, "the master replica's hash of " + key
                    + " differs from the last known good state, which " + replicas[agreeing].id() + " matches");
            return data[master].get(key);
        }
        boolean replicasAgree = true;
        for (int i = 0; i < N; i++) {
            if (works(replicas[i]) && hash(key, data[i].get(key)) != hash(key, v)) {
                replicasAgree = false;
            }
        }
        if (replicasAgree) {
            Part bad = coords[masterCoord];
            host.loop.detected(now, bad, SANITY_PROBE, "every replica agrees on " + key
                    + " but the coordinator's stored hash differs: the hash is the corrupt copy");
            return v;
        }
        violation("more than one copy of " + key + " is corrupt: the sanity check cannot tell which is right");
        return v;
    }

    private void elect(long now, int newMaster) {
        String previous = replicas[master].id();
        master = newMaster;
        host.trace.append(now, replicas[newMaster].id(), new Payload.MasterElected("replica", previous));
    }

    // ---------------------------------------------------------------- heartbeats inside XenStore

    private void heartbeat(long now, long period) {
        host.kernel.at(now + period, t -> heartbeat(t, period));
        int pinger = firstWorking(coords);
        long deadline = host.strategy.get(Parameter.HEARTBEAT_DEADLINE_US);
        List<Part> silent = new ArrayList<>();
        for (Part p : pinger < 0 ? List.of(coords) : concat(replicas, coords)) {
            if (p.failed() && p.state == ComponentState.FAULTY) {
                silent.add(p);
            }
        }
        if (silent.isEmpty()) {
            return;
        }
        String by = pinger < 0 ? HeartbeatProbe.NAME : HEARTBEAT_PROBE;
        String who = pinger < 0 ? "the hypervisor (the master coordinator stopped answering it)" : coords[pinger].id();
        host.kernel.at(now + deadline, t -> {
            for (Part p : silent) {
                if (p.failed() && p.state == ComponentState.FAULTY) {
                    host.heartbeats.missed++;
                    host.loop.detected(t, p, by, "no answer within " + Host.ms(deadline) + " to the ping from " + who);
                }
            }
        });
    }

    private static List<Part> concat(Part[] a, Part[] b) {
        List<Part> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out;
    }

    private static int firstWorking(Part[] parts) {
        for (int i = 0; i < parts.length; i++) {
            if (works(parts[i])) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- faults and repairs

    /** A member was found failed: if it was a master, another working member takes over. */
    void memberDetected(long now, Part p) {
        int r = indexOf(replicas, p);
        if (replicated && r == master) {
            int next = firstWorkingExcept(replicas, r); // a corrupt replica still "runs": never re-elect it
            if (next >= 0) {
                elect(now, next);
            }
        }
        int c = indexOf(coords, p);
        if (replicated && c == masterCoord) {
            int next = firstWorkingExcept(coords, c);
            if (next >= 0) {
                String previous = coords[masterCoord].id();
                masterCoord = next;
                host.trace.append(now, coords[next].id(), new Payload.MasterElected("coordinator", previous));
            }
        }
    }

    /** Flips one stored entry of replica {@code p}. */
    void corruptEntry(Part p, String key) {
        int i = indexOf(replicas, p);
        data[i].put(key, data[i].get(key) + "~bitflip");
        corrupt[i].add(key);
    }

    /** Flips the stored hash of {@code key} on coordinator {@code p}. */
    void corruptHash(Part p, String key) {
        int i = indexOf(coords, p);
        goodHash[i].put(key, goodHash[i].getOrDefault(key, 0L) ^ 1L);
        corruptHash[i].add(key);
    }

    Part master() {
        return replicated ? replicas[master] : replicas[0];
    }

    Part masterCoordinator() {
        return coords[masterCoord];
    }

    boolean isMember(Part p) {
        return indexOf(replicas, p) >= 0 || indexOf(coords, p) >= 0;
    }

    /** How a failed member is repaired, or null when this design does not repair it. */
    Repair repairFor(Part p) {
        if (indexOf(replicas, p) >= 0) {
            if (replicated) {
                return new Repair("replica-replace", Parameter.XS_REPLICA_BOOT_US, false);
            }
            return vmmBackup ? new Repair("xenstore-reboot", Parameter.XENSTORE_REBOOT_US, false) : null;
        }
        if (indexOf(coords, p) >= 0 && replicated) {
            return p.failure == org.phoenixlab.engine.fault.FaultKind.CORRUPT_HASH
                    ? new Repair("hash-correct", Parameter.XENSTORE_OP_US, false)
                    : new Repair("coordinator-restart", Parameter.XS_COORD_RESTART_US, false);
        }
        return null;
    }

    /** A member's repair finished: give it the current state (from a live peer, else the backup). */
    void repaired(long now, Part p) {
        int r = indexOf(replicas, p);
        if (r >= 0) {
            int source = replicated ? firstWorkingExcept(replicas, r) : -1;
            data[r] = new TreeMap<>(source >= 0 ? data[source] : backupData);
            corrupt[r].clear();
            corruptionDetected[r] = false;
            if (!works(replicas[master])) {
                elect(now, r);
            }
        }
        int c = indexOf(coords, p);
        if (c >= 0) {
            int source = firstWorkingExcept(coords, c);
            goodHash[c] = new TreeMap<>(source >= 0 ? goodHash[source] : backupHash);
            corruptHash[c].clear();
            if (!works(coords[masterCoord])) {
                String previous = coords[masterCoord].id();
                masterCoord = c;
                host.trace.append(now, p.id(), new Payload.MasterElected("coordinator", previous));
            }
        }
    }

    private static int firstWorkingExcept(Part[] parts, int except) {
        for (int i = 0; i < parts.length; i++) {
            if (i != except && works(parts[i])) {
                return i;
            }
        }
        return -1;
    }

    /** After any repair: derived group states, and the requests that waited for the service. */
    void refresh(long now) {
        if (replicated) {
            boolean anyCoord = firstWorking(coords) >= 0;
            host.parts.set(now, coordGroup, anyCoord ? ComponentState.HEALTHY : ComponentState.FAULTY,
                    anyCoord ? "" : "no coordinator is running");
        }
        boolean up = available();
        if (!up) {
            host.parts.set(now, group, ComponentState.FAULTY, "XenStore cannot serve requests");
        } else if (group.state == ComponentState.FAULTY) {
            host.parts.set(now, group, ComponentState.HEALTHY, "");
        }
        if (up && !waiting.isEmpty()) {
            List<Request> again = new ArrayList<>(waiting);
            waiting.clear();
            for (Request r : again) {
                serve(now, r);
            }
        }
    }

    private static int indexOf(Part[] parts, Part p) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == p) {
                return i;
            }
        }
        return -1;
    }

    static long hash(String key, String value) {
        // FNV-1a over "key=value": stable, fast, and enough to tell a flipped bit.
        long h = 0xcbf29ce484222325L;
        String s = key + "=" + value;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Mean latency of served requests, µs. */
    double meanLatencyUs() {
        return served == 0 ? 0 : latencySumUs / (double) served;
    }
}
