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
import org.phoenixlab.engine.trace.Phrase;

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

    /**
     * A request from a client (a guest's front end, a back end, the toolstack); {@code client} is the
     * unikernel that sent it, or null for the guests' background traffic.
     */
    record Request(String key, String value, Part client, Reply done) implements EngineState {
        Request(String key, String value, Reply done) {
            this(key, value, null, done);
        }

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
    /** Xoar: XenStore-Logic is restarted when a request finds it dead; XenStore-State keeps the data. */
    final boolean restartOnRequest;
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
        this.restartOnRequest = host.strategy.has(Mechanism.RESTART_ON_REQUEST);
        if (restartOnRequest) {
            host.watch(ComponentIds.xenstoreReplica(1)); // a request that finds XenStore-Logic dead restarts it
        }
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
        host.parts.set(0, p, ComponentState.STOPPED, Say.of("reason.notReplicated", "not part of this design (XenStore is not replicated)"));
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
        } else if (restartOnRequest) {
            fail(now, r, Say.of("xenstore.logicDead", "XenStore-Logic is dead: the request fails, and sets its restart going"));
            host.xoar.requestFoundDead(now, replicas[0], Say.of("request.xenstore", "a XenStore request for {0}", Say.name(r.key())));
        } else {
            fail(now, r, Say.of("xenstore.down", "XenStore is down and nothing restarts it"));
        }
    }

    private void fail(long now, Request r, Phrase why) {
        failed++;
        host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(r.key(), why));
        r.done().accept(new Result(false, null, 0));
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

    /**
     * How long {@code r} takes, hop by hop (DESIGN section 2, "XenStore synchronisation"). Each hop is
     * an IRQ and a shared-memory transfer, and the receiving unikernel's vCPU must get a CPU. One
     * XenStore: client → XenStore, processed, → client. Replicated: client → master coordinator; a
     * write goes to every replica, each applies and hashes it and sends the hash back, the client
     * waiting for the slowest; the coordinator compares them and stores the hash on its peers (again
     * the slowest); a read goes to the master replica (hashed when it is checked); then → client.
     * Also counts the members' messages and CPU.
     */
    private long latencyUs(long now, Request r) {
        long hop = host.strategy.get(Parameter.XENSTORE_HOP_US);
        long work = host.strategy.get(Parameter.XENSTORE_PROCESS_US);
        long hash = sanityCheck ? host.strategy.get(Parameter.XENSTORE_HASH_CHECK_US) : 0;
        long back = hop + (r.client() == null ? 0 : host.scheduler.delayUs(r.client(), now));
        if (!replicated) {
            Part xs = replicas[0];
            host.monitoring.messages(xs, now, 2);
            host.scheduler.charge(xs, work * 1000);
            return hop + host.scheduler.delayUs(xs, now) + work + back;
        }
        Part coord = coords[masterCoord];
        long t = hop + host.scheduler.delayUs(coord, now);
        long coordMessages = 2;
        if (r.write()) {
            long slowest = 0;
            for (Part rep : replicas) {
                if (works(rep)) {
                    slowest = Math.max(slowest, hop + host.scheduler.delayUs(rep, now) + work + hash + hop);
                    host.monitoring.messages(rep, now, 2);
                    host.scheduler.charge(rep, (work + hash) * 1000);
                    coordMessages += 2;
                }
            }
            long stored = 0;
            for (Part c : coords) {
                if (c != coord && works(c)) {
                    stored = Math.max(stored, hop + host.scheduler.delayUs(c, now) + hop);
                    host.monitoring.messages(c, now, 2);
                    coordMessages += 2;
                }
            }
            t += slowest + stored;
        } else {
            Part m = replicas[master];
            t += hop + host.scheduler.delayUs(m, now) + work + hash + hop;
            host.monitoring.messages(m, now, 2);
            host.scheduler.charge(m, (work + hash) * 1000);
            coordMessages += 2;
        }
        host.monitoring.messages(coord, now, coordMessages);
        return t + back;
    }

    /** The member whose crash in flight loses the request's answer. */
    private Part answeringMember(Request r) {
        if (!replicated) {
            return replicas[0];
        }
        return coords[masterCoord];
    }

    private void serve(long now, Request r) {
        long latency = latencyUs(now, r);
        Part answering = answeringMember(r);
        String value;
        if (r.write()) {
            int copies = 0;
            for (int i = 0; i < N; i++) {
                if (works(replicas[i])) {
                    data[i].put(r.key(), r.value());
                    if (corrupt[i].remove(r.key()) && corrupt[i].isEmpty()) {
                        healed(now, replicas[i], Say.of("reason.healedEntry", "its corrupt entry was overwritten by a new write"));
                    }
                    copies++;
                }
            }
            long h = hash(r.key(), r.value());
            for (int i = 0; i < N; i++) {
                if (works(coords[i])) {
                    goodHash[i].put(r.key(), h);
                    if (corruptHash[i].remove(r.key()) && corruptHash[i].isEmpty()) {
                        healed(now, coords[i], Say.of("reason.healedHash", "its corrupt hash was replaced by a new write's"));
                    }
                }
            }
            if (vmmBackup) {
                backupData.put(r.key(), r.value());
                backupHash.put(r.key(), h);
            }
            acknowledged.put(r.key(), r.value());
            host.trace.append(now, XENSTORE, new Payload.XenStoreWrite(r.key(), copies));
            value = r.value();
        } else {
            Read read;
            if (sanityCheck) {
                read = sanityCheckedRead(now, r.key()); // its hashing is one of the hops' costs (latencyUs)
            } else {
                int m = replicated ? master : 0;
                read = new Read(data[m].get(r.key()), m);
            }
            if (read.value() == null) {
                failed++;
                r.done().accept(new Result(false, null, 0));
                return;
            }
            checkServed(r.key(), read);
            value = read.value();
        }
        served++;
        latencySumUs += latency;
        long total = latency;
        host.kernel.at(now + latency, t -> answer(t, r, answering, value, total));
    }

    /** The answer reaches the client, unless the member that was to send it died meanwhile. */
    private void answer(long now, Request r, Part answering, String value, long latency) {
        if (works(answering)) {
            r.done().accept(new Result(true, value, latency));
        } else if (replicated || vmmBackup) {
            submit(now, r); // Phoenix's client got no answer and sends the request again
        } else {
            fail(now, r, Say.of("xenstore.diedInFlight", "XenStore died while the request was in flight"));
        }
    }

    /** What a read returns and where it came from: a replica's index, or {@link #FROM_BACKUP}; a null value failed. */
    private record Read(String value, int source) {
    }

    private static final int FROM_BACKUP = -1;

    /** A silent corruption disappeared by itself (overwritten) before anyone noticed it. */
    private void healed(long now, Part p, Phrase why) {
        if (p.corrupted() && p.state == ComponentState.FAULTY) {
            p.failure = null;
            host.parts.set(now, p, ComponentState.HEALTHY, why);
        }
    }

    private void checkServed(String key, Read read) {
        int m = read.source();
        if (m >= 0 && corrupt[m].contains(key) && corruptionDetected[m]) {
            violation("served a corrupt replica after its corruption was detected (" + key + ")");
        }
        if (!read.value().equals(acknowledged.get(key)) && corruptCopies(key) <= 1) {
            violation("read of " + key + " returned " + read.value() + ", not the acknowledged " + acknowledged.get(key));
        }
    }

    private void violation(String what) {
        if (!violations.contains(what)) {
            violations.add(what);
        }
    }

    /** Ground truth, for the checks only (the mechanism never reads it): how many copies of {@code key} are corrupt. */
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

    /**
     * The master replica's value, checked against the master coordinator's last known good hash. On a
     * mismatch one of the two copies is wrong (the design assumes at most one corrupt copy of an item):
     * every other running copy votes, a replica with the hash of its value, a coordinator with its stored
     * hash, and the side with more votes is right. With no other copy to ask (or a tie), the hypervisor's
     * backup decides; without a backup the read fails. The wrong copy is reported to the global loop.
     */
    private Read sanityCheckedRead(long now, String key) {
        String v = data[master].get(key);
        Long stored = goodHash[masterCoord].get(key);
        long hv = hash(key, v);
        if (stored == null || hv == stored) {
            return new Read(v, master);
        }
        long good = stored;
        int forReplica = 0;
        int replicasForReplica = 0;
        int forCoordinator = 0;
        int agreeing = -1; // a replica that holds the value the good hash describes
        for (int i = 0; i < N; i++) {
            if (i != master && works(replicas[i])) {
                long h = hash(key, data[i].get(key));
                if (h == good) {
                    forCoordinator++;
                    agreeing = agreeing < 0 ? i : agreeing;
                } else if (h == hv) {
                    forReplica++;
                    replicasForReplica++;
                }
            }
            if (i != masterCoord && works(coords[i])) {
                Long h = goodHash[i].get(key);
                if (h != null && h.longValue() == good) {
                    forCoordinator++;
                } else if (h != null && h.longValue() == hv) {
                    forReplica++;
                }
            }
        }
        boolean undecided = forReplica == forCoordinator;
        boolean replicaWrong = forCoordinator > forReplica;
        Phrase evidence;
        Phrase.Name k = Say.name(key);
        if (undecided) {
            String copies = "the master replica's copy of {0} and the coordinator's hash of it differ and no other copy";
            if (!vmmBackup) {
                host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(key, Say.of("xenstore.undecided", copies
                        + " can tell which is right: the read fails", k)));
                return new Read(null, FROM_BACKUP);
            }
            Long backup = backupHash.get(key);
            if (backup == null || backup.longValue() != good && backup.longValue() != hv) {
                host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(key, Say.of("xenstore.undecided.backupNeither", copies
                        + " can tell which is right, and the hypervisor's backup matches neither: the read fails", k)));
                return new Read(null, FROM_BACKUP);
            }
            replicaWrong = backup.longValue() == good;
            host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(key, Say.of("xenstore.undecided.backupDecides", copies
                    + " can tell which is right: the hypervisor's backup decides, and answers the read", k)));
            evidence = replicaWrong ? Say.of("evidence.sanity.replicaBackup", "the master replica's hash of {0}"
                    + " differs from the last known good state, which the hypervisor's backup matches", k)
                    : Say.of("evidence.sanity.coordinatorBackup", "the coordinator's stored hash of {0} differs from the master"
                            + " replica's, which the hypervisor's backup matches", k);
        } else if (replicaWrong) {
            evidence = agreeing >= 0
                    ? Say.of("evidence.sanity.replicaMatches", "the master replica's hash of {0} differs from the last known good state,"
                            + " which {1} matches", k, Say.id(replicas[agreeing].id()))
                    : Say.of("evidence.sanity.coordinatorsHold", "the master replica's hash of {0} differs from the last known good"
                            + " state, which the other coordinators hold too", k);
        } else if (replicasForReplica > 0) {
            evidence = Say.of("evidence.sanity.hashCorrupt", "every replica agrees on {0} but the coordinator's stored hash differs:"
                    + " the hash is the corrupt copy", k);
        } else {
            evidence = Say.of("evidence.sanity.masterCoordinator", "the other coordinators' hashes of {0} match the master"
                    + " replica's value but the master coordinator's differs: its stored hash is the corrupt copy", k);
        }
        if (!replicaWrong) {
            host.loop.detected(now, coords[masterCoord], SANITY_PROBE, evidence);
            return new Read(v, master);
        }
        Part bad = replicas[master];
        corruptionDetected[master] = true;
        if (agreeing >= 0) {
            elect(now, agreeing); // first: the replica that matches the good hash serves from now on
        }
        host.loop.detected(now, bad, SANITY_PROBE, evidence);
        if (agreeing >= 0) {
            return new Read(data[agreeing].get(key), agreeing);
        }
        // No running replica holds the good value: only the hypervisor's backup can answer.
        Long backup = vmmBackup ? backupHash.get(key) : null;
        if (backup != null && backup.longValue() == good) {
            return new Read(backupData.get(key), FROM_BACKUP);
        }
        host.trace.append(now, XENSTORE, new Payload.XenStoreFailed(key, Say.of("xenstore.noGoodCopy",
                "no running replica holds the good value of {0} and there is no backup to read it from: the read fails", k)));
        return new Read(null, FROM_BACKUP);
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
        List<Part> late = new ArrayList<>();
        for (Part p : pinger < 0 ? List.of(coords) : concat(replicas, coords)) {
            if (p.absent || pinger >= 0 && p == coords[pinger] || p.state == ComponentState.REPAIRING
                    || p.state == ComponentState.DETECTED || p.state == ComponentState.STOPPED) {
                continue;
            }
            host.scheduler.charge(p, pinger < 0 ? host.monitoring.ping() : host.monitoring.xenstorePing());
            if (p.failed() && p.state == ComponentState.FAULTY) {
                silent.add(p);
            } else if (!p.failed() && host.scheduler.delayUs(p, now) > deadline) {
                late.add(p); // it runs, but its vCPU will not get a CPU before the deadline
            }
        }
        if (silent.isEmpty() && late.isEmpty()) {
            return;
        }
        String by = pinger < 0 ? HeartbeatProbe.NAME : HEARTBEAT_PROBE;
        Phrase.Arg who = pinger < 0 ? Say.nest(Say.of("who.hypervisor", "the hypervisor (the master coordinator stopped answering it)"))
                : Say.id(coords[pinger].id());
        host.kernel.at(now + deadline, t -> {
            for (Part p : silent) {
                if (p.failed() && p.state == ComponentState.FAULTY) {
                    host.monitoring.missed++;
                    host.loop.detected(t, p, by, Say.of("evidence.coordinatorPing", "no answer within {0} to the ping from {1}",
                            Say.ms(deadline), who));
                }
            }
            for (Part p : late) {
                if (p.state == ComponentState.HEALTHY || p.state == ComponentState.DEGRADED) {
                    host.monitoring.missed++;
                    host.loop.detected(t, p, by, Say.of("evidence.coordinatorPing.late", "no answer within {0} to the ping from {1}"
                            + ": it runs, but its vCPU waited behind the guests' for a CPU", Say.ms(deadline), who));
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
                    ? new Repair("hash-correct", Parameter.XENSTORE_PROCESS_US, false)
                    : new Repair("coordinator-restart", Parameter.XS_COORD_RESTART_US, false);
        }
        return null;
    }

    /**
     * A member's repair finished: give it the current state from a live peer, each entry checked
     * against the last known good state as it is copied (so that a peer's silent corruption is not
     * copied along); an entry no peer holds correctly comes from the hypervisor's backup.
     */
    void repaired(long now, Part p) {
        int r = indexOf(replicas, p);
        if (r >= 0) {
            if (replicated || vmmBackup) {
                TreeMap<String, String> fresh = new TreeMap<>();
                TreeSet<String> copiedCorrupt = new TreeSet<>();
                for (String key : backupOrAcknowledgedKeys()) {
                    int source = replicated ? trustworthyReplica(key, r) : -1;
                    if (source >= 0) {
                        fresh.put(key, data[source].get(key));
                        if (corrupt[source].contains(key)) {
                            copiedCorrupt.add(key); // ground truth: nothing better was left to copy
                        }
                    } else if (backupData.containsKey(key)) {
                        fresh.put(key, backupData.get(key));
                    } else if (data[r].containsKey(key)) {
                        fresh.put(key, data[r].get(key));
                    }
                }
                data[r] = fresh;
                corrupt[r].clear();
                corrupt[r].addAll(copiedCorrupt);
            } // else Xoar: XenStore-State, never restarted, kept the database (whatever it holds) while XenStore-Logic restarted
            corruptionDetected[r] = false;
            if (!works(replicas[master])) {
                elect(now, r);
            }
        }
        int c = indexOf(coords, p);
        if (c >= 0) {
            TreeMap<String, Long> fresh = new TreeMap<>();
            TreeSet<String> copiedCorrupt = new TreeSet<>();
            for (String key : backupOrAcknowledgedKeys()) {
                int source = trustworthyCoordinator(key, c);
                if (source >= 0) {
                    fresh.put(key, goodHash[source].get(key));
                    if (corruptHash[source].contains(key)) {
                        copiedCorrupt.add(key);
                    }
                } else if (backupHash.containsKey(key)) {
                    fresh.put(key, backupHash.get(key));
                } else if (goodHash[c].containsKey(key)) {
                    fresh.put(key, goodHash[c].get(key));
                }
            }
            goodHash[c] = fresh;
            corruptHash[c].clear();
            corruptHash[c].addAll(copiedCorrupt);
            if (!works(coords[masterCoord])) {
                String previous = coords[masterCoord].id();
                masterCoord = c;
                host.trace.append(now, p.id(), new Payload.MasterElected("coordinator", previous));
            }
        }
    }

    private java.util.Set<String> backupOrAcknowledgedKeys() {
        return acknowledged.keySet(); // every key ever written (the initial database included)
    }

    /**
     * A running replica other than {@code except} whose copy of {@code key} matches the good state: the
     * hypervisor's backup hash when there is one, else the hash most running coordinators hold; -1 if none.
     */
    private int trustworthyReplica(String key, int except) {
        Long good = goodStateHash(key);
        for (int i = 0; i < N; i++) {
            if (i != except && works(replicas[i]) && data[i].containsKey(key)
                    && (good == null || hash(key, data[i].get(key)) == good.longValue())) {
                return i;
            }
        }
        return -1;
    }

    /** A running coordinator other than {@code except} whose stored hash of {@code key} is the good one; -1 if none. */
    private int trustworthyCoordinator(String key, int except) {
        Long good = vmmBackup ? backupHash.get(key) : majorityReplicaHash(key);
        for (int i = 0; i < N; i++) {
            if (i != except && works(coords[i]) && goodHash[i].containsKey(key)
                    && (good == null || goodHash[i].get(key).longValue() == good.longValue())) {
                return i;
            }
        }
        return -1;
    }

    /** The hash the replacement is checked against: the backup's, else the one most running coordinators hold. */
    private Long goodStateHash(String key) {
        if (vmmBackup) {
            return backupHash.get(key);
        }
        TreeMap<Long, Integer> votes = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            if (works(coords[i]) && goodHash[i].containsKey(key)) {
                votes.merge(goodHash[i].get(key), 1, Integer::sum);
            }
        }
        return winner(votes);
    }

    /** The hash of {@code key} that most running replicas' values have (for checking a coordinator without a backup). */
    private Long majorityReplicaHash(String key) {
        TreeMap<Long, Integer> votes = new TreeMap<>();
        for (int i = 0; i < N; i++) {
            if (works(replicas[i]) && data[i].containsKey(key)) {
                votes.merge(hash(key, data[i].get(key)), 1, Integer::sum);
            }
        }
        return winner(votes);
    }

    /** The strict winner of a vote, or null on a tie or no votes. */
    private static Long winner(TreeMap<Long, Integer> votes) {
        Long best = null;
        int most = 0;
        boolean tie = false;
        for (var e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
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
                    anyCoord ? Phrase.EMPTY : Say.of("reason.noCoordinator", "no coordinator is running"));
        }
        boolean up = available();
        if (!up) {
            host.parts.set(now, group, ComponentState.FAULTY, Say.of("reason.xenstoreDown", "XenStore cannot serve requests"));
        } else if (group.state == ComponentState.FAULTY) {
            host.parts.set(now, group, ComponentState.HEALTHY, Phrase.EMPTY);
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
