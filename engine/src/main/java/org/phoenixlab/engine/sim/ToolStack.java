package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;

import org.phoenixlab.engine.kernel.Scheduled;
import org.phoenixlab.engine.model.ComponentIds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.phoenixlab.engine.model.ComponentState;
import org.phoenixlab.engine.scenario.ScriptedOperation;
import org.phoenixlab.engine.strategy.Mechanism;
import org.phoenixlab.engine.strategy.Parameter;
import org.phoenixlab.engine.strategy.UnitRepair;
import org.phoenixlab.engine.trace.Payload;
import org.phoenixlab.engine.trace.Phrase;

/**
 * tool_uk: always there, idle between VM operations. It creates guests (its own build work, the
 * XenStore requests of {@link VmCreationSequence}, a read-back, unpause; the guest then boots) and
 * live-migrates them to the remote host (pre-copy, suspend, transfer, acknowledgement, resume). Under
 * Phoenix a watchdog waits for the receiver's acknowledgement and a crashed tool_uk (found by its
 * heartbeat, idle or not) is rebooted; a crash during an operation rolls it back (the half-built VM on
 * the target deleted, the source resumed) and retries it. Under Xoar a request that finds the
 * toolstack dead restarts it. Elsewhere nothing restarts it and nothing rolls back: the source
 * resumes itself after a while and a target that got the state resumes too.
 * An attempt that is abandoned (rolled back, finished, or cut short by tool_uk's failure) cancels the
 * engine events it was waiting for, and the XenStore answers still on their way are ignored.
 */
final class ToolStack implements EngineState {
    static final int MAX_ATTEMPTS = 3;

    /** What one attempt of an operation waits for: engine events to cancel and XenStore answers to ignore. */
    private static final class Waits implements EngineState {
        private final List<Scheduled> events = new ArrayList<>();
        private boolean abandoned;

        void add(Scheduled event) {
            events.add(event);
        }

        boolean abandoned() {
            return abandoned;
        }

        void abandon() {
            abandoned = true;
            events.forEach(Scheduled::cancel);
            events.clear();
        }
    }

    private static final class Op implements EngineState {
        final ScriptedOperation.Kind kind;
        final String vm;
        final long startedUs;
        String phase = "queued";
        int attempt;
        long endedUs = -1;
        Boolean succeeded;
        String detail = "";
        boolean sourceRunning;
        boolean targetBuilt;
        boolean targetRunning;
        Waits waits = new Waits();
        boolean interrupted;
        /** It waits for tool_uk to come back before it can start. */
        boolean awaitingTool;
        int xenstoreRequests;

        Op(ScriptedOperation.Kind kind, String vm, long startedUs, boolean sourceRunning) {
            this.kind = kind;
            this.vm = vm;
            this.startedUs = startedUs;
            this.sourceRunning = sourceRunning;
        }

        /** The current attempt is over: nothing it waited for may act any more. */
        void abandonWaits() {
            waits.abandon();
            waits = new Waits();
        }
    }

    private final Host host;
    private final Part tool;
    private final boolean watchdog;
    private final boolean rebootable;
    private final boolean nova;
    private final boolean restartOnRequest;
    static final Phrase IDLE = Say.of("reason.idle", "idle: waiting for a VM operation");
    private static final Phrase BOOTING = Say.of("reason.booting", "booting");
    private final List<Op> all = new ArrayList<>();
    private final Deque<Op> queue = new ArrayDeque<>();
    private Op current;
    private boolean ackLost;

    ToolStack(Host host) {
        this.host = host;
        this.tool = host.parts.get(TOOL_UK);
        this.watchdog = host.strategy.has(Mechanism.MIGRATION_WATCHDOG);
        this.rebootable = host.strategy.unitRepair() == UnitRepair.UNIKERNEL_REBOOT;
        this.nova = host.strategy.has(Mechanism.NOVA_HANDOFF);
        if (watchdog) {
            host.watch(ComponentIds.REMOTE_HOST); // a lost acknowledgement is what the watchdog sees
        }
        if (nova) {
            for (int n = 1; n <= host.topology.guests(); n++) {
                host.watch(ComponentIds.guest(n)); // the memory monitor
            }
        }
        this.restartOnRequest = host.strategy.has(Mechanism.RESTART_ON_REQUEST);
        if (restartOnRequest) {
            host.watch(TOOL_UK); // Nova's requests find it dead
        }
    }

    /** tool_uk runs from the start, idle; under Xoar, Nova's periodic status requests reach it. */
    void start() {
        host.parts.set(0, tool, ComponentState.HEALTHY, IDLE);
        if (restartOnRequest) {
            long period = host.strategy.get(Parameter.NOVA_POLL_PERIOD_US);
            host.kernel.at(host.random.stream("nova-poll").nextLong(period), t -> novaPoll(t, period));
        }
    }

    /** Nova asks the toolstack for its domains' state; a request that finds it dead restarts it (Xoar). */
    private void novaPoll(long now, long period) {
        host.kernel.at(now + period, t -> novaPoll(t, period));
        if (tool.failed()) {
            host.xoar.requestFoundDead(now, tool, Say.of("request.novaStatus", "Nova's periodic status request"));
        } else if (tool.state != ComponentState.REPAIRING) {
            xs(now, new XenStore.Request(host.xenstore.hotKey(), null, tool, r -> { })); // a domain's state, as Nova asks
        }
    }

    /** tool_uk sends {@code r} to XenStore: a message to the hypervisor, which counts as an implicit heartbeat. */
    private void xs(long now, XenStore.Request r) {
        host.monitoring.messages(tool, now, 1);
        host.xenstore.submit(now, r);
    }

    /** A guest that a scripted operation will create does not run before. */
    void notCreatedYet(String vm) {
        host.parts.set(0, host.parts.get(vm), ComponentState.STOPPED, Say.of("reason.notCreated", "not created yet"));
    }

    void schedule(ScriptedOperation op) {
        host.kernel.at(op.atUs(), t -> request(t, op.kind(), op.vm()));
    }

    private void request(long now, ScriptedOperation.Kind kind, String vm) {
        Part guest = host.parts.get(vm);
        Op op = new Op(kind, vm, now, guest.state != ComponentState.STOPPED);
        all.add(op);
        queue.add(op);
        if (current == null) {
            next(now);
        }
    }

    private void next(long now) {
        current = queue.poll();
        if (current == null) {
            if (!tool.failed() && tool.state != ComponentState.REPAIRING && tool.state != ComponentState.DETECTED) {
                host.parts.set(now, tool, tool.state == ComponentState.DEGRADED ? ComponentState.DEGRADED : ComponentState.HEALTHY, IDLE);
            }
            return;
        }
        if (tool.failed() || tool.state == ComponentState.REPAIRING || tool.state == ComponentState.DETECTED) {
            Op op = current;
            if (rebootable || restartOnRequest) {
                op.awaitingTool = true;
                op.detail = "waiting for tool_uk, which is down, to come back";
                if (restartOnRequest) {
                    host.xoar.requestFoundDead(now, tool, Say.of("request.operation", "the {0} request for {1}",
                            Say.operation(op.kind.id()), Say.id(op.vm)));
                }
                return;
            }
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", Say.of("detail.toolDead", "tool_uk is dead and nothing restarts it: the {0} never starts",
                    Say.operation(op.kind.id())));
            next(now);
            return;
        }
        host.parts.set(now, tool, tool.state == ComponentState.DEGRADED ? ComponentState.DEGRADED : ComponentState.HEALTHY,
                running(current));
        begin(now, current);
        host.loop.afterChange(now);
    }

    private void begin(long now, Op op) {
        op.attempt++;
        op.interrupted = false;
        switch (op.kind) {
            case CREATE -> {
                phase(now, op, "build", Say.of("detail.build", "allocating the domain's memory and loading its kernel"));
                List<VmCreationSequence.Step> steps = VmCreationSequence.forDomain(domid(op.vm), op.vm.replace('/', '-'));
                after(now, Parameter.VM_BUILD_US, op, (t, o) -> createStep(t, o, steps, 0, o.waits));
            }
            case MIGRATE -> {
                phase(now, op, "pre-copy", Say.of("detail.precopy", "copying memory while the guest runs"));
                after(now, Parameter.MIGRATION_PRECOPY_US, op, this::suspend);
            }
            case CHECKPOINT -> {
                phase(now, op, "suspend", Say.of("detail.suspend", "pausing the guest"));
                op.sourceRunning = false;
                host.parts.set(now, host.parts.get(op.vm), ComponentState.STOPPED, Say.of("reason.pausedForCheckpoint", "paused for a checkpoint"));
                host.loop.afterChange(now);
                after(now, Parameter.MIGRATION_SUSPEND_US, op, this::save);
            }
            case DESTROY -> {
                phase(now, op, "xenstore-cleanup", Say.of("detail.cleanup", "removing the domain's entries"));
                Waits w = op.waits;
                String key = "/local/domain/" + op.vm.substring(op.vm.indexOf('/') + 1) + "/memory/target";
                op.xenstoreRequests++;
                xs(now, new XenStore.Request(key, "released", tool, r -> {
                    if (w.abandoned() || tool.failed()) {
                        return;
                    }
                    if (!r.ok()) {
                        finish(host.now(), op, false, Say.of("detail.halfDestroyed", "XenStore did not answer: the domain is left half-destroyed"));
                        return;
                    }
                    op.sourceRunning = false;
                    host.parts.set(host.now(), host.parts.get(op.vm), ComponentState.STOPPED, Say.of("reason.destroyed", "destroyed"));
                    host.loop.afterChange(host.now());
                    finish(host.now(), op, true, Say.of("detail.destroyed", "destroyed"));
                }));
            }
        }
    }

    private interface Step extends EngineState {
        void run(long now, Op op);
    }

    /** Runs {@code step} after the parameter's duration, unless tool_uk died or the attempt was abandoned. */
    private void after(long now, Parameter duration, Op op, Step step) {
        op.waits.add(host.kernel.at(now + host.strategy.get(duration), t -> {
            if (!tool.failed()) {
                step.run(t, op);
            }
        }));
    }

    /** tool_uk's reason while it runs {@code op}: "running: migrate guest/1". */
    private static Phrase running(Op op) {
        return Say.of("reason.running", "running: {0} {1}", Say.operation(op.kind.id()), Say.id(op.vm));
    }

    /** A phase of a VM operation by its id ("pre-copy"), a word of a closed set. */
    private static Phrase.Word phaseWord(String phase) {
        return new Phrase.Word("phase." + phase, phase);
    }

    private void phase(long now, Op op, String phase, Phrase detail) {
        op.phase = phase;
        op.detail = detail.english();
        host.trace.append(now, op.vm, new Payload.OperationPhase(op.kind.id(), op.vm, phase, detail));
    }

    // ------------------------------------------------------------------ create

    private static int domid(String vm) {
        return Integer.parseInt(vm.substring(vm.indexOf('/') + 1));
    }

    /** Runs step {@code i} of the creation, then the next when it is answered. */
    private void createStep(long now, Op op, List<VmCreationSequence.Step> steps, int i, Waits w) {
        if (w.abandoned() || tool.failed()) {
            return;
        }
        if (i == steps.size()) {
            verify(now, op, w);
            return;
        }
        VmCreationSequence.Step step = steps.get(i);
        if (step instanceof VmCreationSequence.Phase ph) {
            phase(now, op, ph.name(), Say.of("detail.create." + ph.name(), ph.detail()));
            createStep(now, op, steps, i + 1, w);
        } else if (step instanceof VmCreationSequence.WatchFires fires) {
            // XenStore tells the watcher; the watcher's vCPU must run to act on it.
            Part watcher = host.parts.get(fires.watcher());
            long at = now + host.strategy.get(Parameter.XENSTORE_HOP_US) + host.scheduler.delayUs(watcher, now);
            w.add(host.kernel.at(at, t -> createStep(t, op, steps, i + 1, w)));
        } else if (step instanceof VmCreationSequence.DeviceWork d) {
            Part backEnd = host.parts.get(d.backEnd());
            long work = host.strategy.get(Parameter.DEVICE_CONNECT_US);
            host.scheduler.charge(backEnd, work * 1000);
            w.add(host.kernel.at(now + work, t -> createStep(t, op, steps, i + 1, w)));
        } else if (step instanceof VmCreationSequence.Request rq) {
            Part client = host.parts.get(rq.client());
            if (client.failed()) {
                finish(now, op, false, Say.of("detail.clientDown", "{0} is down: the creation fails", Say.id(rq.client())));
                return;
            }
            host.monitoring.messages(client, now, 1);
            op.xenstoreRequests++;
            host.xenstore.submit(now, new XenStore.Request(rq.key(), rq.value(), client, r -> {
                if (w.abandoned() || tool.failed()) {
                    return;
                }
                if (!r.ok()) {
                    finish(host.now(), op, false, Say.of("detail.requestFailed", "a XenStore request failed ({0}): the creation fails",
                            Say.name(rq.key())));
                } else {
                    createStep(host.now(), op, steps, i + 1, w);
                }
            }));
        }
    }

    /** The toolstack reads back the state the new front end will connect to, then unpauses the domain. */
    private void verify(long now, Op op, Waits w) {
        phase(now, op, "verify", Say.of("detail.verify", "reading back the back end's state the new front end will connect to"));
        String key = host.xenstore.hotKey();
        String expected = host.xenstore.acknowledgedValue(key);
        op.xenstoreRequests++;
        xs(now, new XenStore.Request(key, null, tool, r -> {
            if (w.abandoned() || tool.failed()) {
                return;
            }
            long t = host.now();
            if (!r.ok()) {
                finish(t, op, false, Say.of("detail.noXenStore", "XenStore did not answer: the creation fails"));
            } else if (!expected.equals(r.value())) {
                finish(t, op, false, Say.of("detail.corruptConfig", "the configuration read back is corrupt: the creation fails"));
            } else {
                Part guest = host.parts.get(op.vm);
                op.sourceRunning = true;
                finish(t, op, true, Say.of("detail.created", "created: the domain is unpaused and boots"));
                host.parts.set(t, guest, ComponentState.STOPPED, BOOTING);
                host.kernel.at(t + host.strategy.get(Parameter.VM_BOOT_US), t2 -> {
                    if (guest.state == ComponentState.STOPPED && BOOTING.equals(guest.reason)) {
                        host.parts.set(t2, guest, ComponentState.HEALTHY, Say.of("reason.created", "created"));
                        host.loop.afterChange(t2);
                    }
                });
            }
        }));
    }

    // ------------------------------------------------------------------ checkpoint

    private void save(long now, Op op) {
        phase(now, op, "save", Say.of("detail.save", "writing the memory image to disk"));
        after(now, Parameter.CHECKPOINT_SAVE_US, op, (t, o) -> {
            phase(t, o, "resume", Say.of("detail.resume", "resuming the guest"));
            after(t, Parameter.MIGRATION_RESUME_US, o, (t2, o2) -> {
                resumeSource(t2, o2, Say.of("reason.resumedAfterCheckpoint", "resumed after its checkpoint"));
                finish(t2, o2, true, Say.of("detail.checkpointSaved", "checkpoint saved"));
            });
        });
    }

    // ------------------------------------------------------------------ migrate

    private void suspend(long now, Op op) {
        phase(now, op, "suspend", Say.of("detail.suspendSource", "pausing the guest at the source"));
        op.sourceRunning = false;
        host.parts.set(now, host.parts.get(op.vm), ComponentState.STOPPED, Say.of("reason.suspendedForMigration", "suspended for migration"));
        host.loop.afterChange(now);
        after(now, Parameter.MIGRATION_SUSPEND_US, op, this::transfer);
    }

    private void transfer(long now, Op op) {
        phase(now, op, "transfer", Say.of("detail.transfer", "sending the last pages and the device state"));
        after(now, Parameter.MIGRATION_TRANSFER_US, op, this::awaitAck);
    }

    private void awaitAck(long now, Op op) {
        op.targetBuilt = true;
        phase(now, op, "acknowledgement", Say.of("detail.acknowledgement", "waiting for the remote host to confirm it has the VM"));
        boolean lost = ackLost;
        ackLost = false;
        if (watchdog) {
            long timeout = host.strategy.get(Parameter.MIGRATION_ACK_TIMEOUT_US);
            op.waits.add(host.kernel.at(now + timeout, t -> {
                if (!tool.failed() && "acknowledgement".equals(op.phase)) {
                    host.trace.append(t, TOOL_UK, new Payload.Detected("migration-watchdog",
                            Say.of("evidence.noAck", "no acknowledgement within {0}", Say.ms(timeout)), false));
                    host.ledger.detected(t, ComponentIds.REMOTE_HOST, "migration-watchdog");
                    host.ledger.repairStarted(t, ComponentIds.REMOTE_HOST, "rollback-and-retry");
                    host.ledger.repaired(t, ComponentIds.REMOTE_HOST, host.topology);
                    rollbackAndRetry(t, op, Say.of("why.noAck", "the acknowledgement never came"));
                }
            }));
        }
        if (!lost) {
            after(now, Parameter.MIGRATION_ACK_US, op, this::resumeOnTarget);
        } else if (!watchdog) {
            // The receiver has everything and sent its acknowledgement (lost on the way): it resumes its copy,
            // while the sender, never told, resumes the source after its own timeout.
            after(now, Parameter.MIGRATION_RESUME_US, op, (t, o) -> o.targetRunning = true);
            after(now, Parameter.SOURCE_RESUME_TIMEOUT_US, op, (t, o) -> {
                resumeSource(t, o, Say.of("reason.resumedUnconfirmed", "resumed in place: the migration was never confirmed"));
                finish(t, o, false, Say.of("detail.twoCopies", "two running copies: the acknowledgement was lost and nothing rolled back"));
            });
        }
    }

    private void resumeOnTarget(long now, Op op) {
        phase(now, op, "resume", Say.of("detail.resumeRemote", "resuming the guest on the remote host"));
        after(now, Parameter.MIGRATION_RESUME_US, op, (t, o) -> {
            o.targetRunning = true;
            host.parts.set(t, host.parts.get(o.vm), ComponentState.STOPPED, Say.of("reason.migrated", "migrated: now runs on remote-host"));
            finish(t, o, true, Say.of("detail.migrated", "migrated to remote-host"));
        });
    }

    private void resumeSource(long now, Op op, Phrase why) {
        op.sourceRunning = true;
        host.parts.set(now, host.parts.get(op.vm), ComponentState.HEALTHY, why);
        host.loop.afterChange(now);
    }

    private void rollbackAndRetry(long now, Op op, Phrase why) {
        op.abandonWaits();
        if (op.kind == ScriptedOperation.Kind.CHECKPOINT) {
            if (!op.sourceRunning) {
                resumeSource(now, op, Say.of("reason.resumedAfterRollback", "resumed after the rollback"));
            }
            phase(now, op, "rollback", Say.of("detail.rollback.checkpoint", "{0}: the partial image is discarded, the guest resumes", Say.nest(why)));
        } else if (op.kind == ScriptedOperation.Kind.MIGRATE) {
            op.targetBuilt = false;
            op.targetRunning = false;
            if (!op.sourceRunning) {
                resumeSource(now, op, Say.of("reason.resumedAtSource", "resumed at the source after the rollback"));
            }
            phase(now, op, "rollback", Say.of("detail.rollback.migrate", "{0}: the half-built VM on remote-host is deleted, the source resumes",
                    Say.nest(why)));
        } else {
            phase(now, op, "rollback", Say.of("detail.rollback.create", "{0}: the half-created domain is destroyed", Say.nest(why)));
        }
        if (op.attempt >= MAX_ATTEMPTS) {
            finish(now, op, false, Say.of("detail.gaveUp", "gave up after {0} attempts", Say.count(op.attempt)));
            return;
        }
        begin(now, op);
    }

    private void finish(long now, Op op, boolean ok, Phrase detail) {
        op.succeeded = ok;
        op.endedUs = now;
        op.abandonWaits();
        phase(now, op, ok ? "done" : "failed", detail);
        if (op == current) {
            next(now);
        }
    }

    // ------------------------------------------------------------------ faults

    /** The next migration's acknowledgement will be lost. */
    void loseNextAck() {
        ackLost = true;
    }

    /** tool_uk crashed or hung: its timers stop. Without a reboot, the operation is abandoned. */
    void toolFailed(long now) {
        Op op = current;
        if (op == null) {
            return;
        }
        op.abandonWaits();
        op.interrupted = true;
        if (rebootable) {
            op.detail = "tool_uk failed during " + op.phase + "; waiting for its repair";
            return;
        }
        String phase = op.phase;
        if (op.kind == ScriptedOperation.Kind.MIGRATE) {
            boolean targetHasState = op.targetBuilt;
            if (targetHasState) {
                // The receiver has the whole VM and resumes it on its own.
                host.kernel.at(now + host.strategy.get(Parameter.MIGRATION_RESUME_US), t -> op.targetRunning = true);
            }
            if (!op.sourceRunning) {
                long delay = host.strategy.get(Parameter.SOURCE_RESUME_TIMEOUT_US);
                host.kernel.at(now + delay, t -> resumeSource(t, op, Say.of("reason.resumedToolDiedMigration",
                        "resumed in place: its toolstack died mid-migration")));
            }
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", targetHasState
                    ? Say.of("detail.toolDied.twoCopies", "tool_uk died during {0}: the remote host resumes its copy and the source"
                            + " resumes too (two copies)", phaseWord(phase))
                    : Say.of("detail.toolDied.nothingMigrated", "tool_uk died during {0}: the source resumes; nothing was migrated",
                            phaseWord(phase)));
        } else if (op.kind == ScriptedOperation.Kind.CHECKPOINT) {
            if (!op.sourceRunning) {
                long delay = host.strategy.get(Parameter.SOURCE_RESUME_TIMEOUT_US);
                host.kernel.at(now + delay, t -> resumeSource(t, op, Say.of("reason.resumedToolDied", "resumed in place: its toolstack died")));
            }
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", Say.of("detail.toolDied.noCheckpoint", "tool_uk died during {0}: no checkpoint was saved", phaseWord(phase)));
        } else {
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", Say.of("detail.toolDied.fails", "tool_uk died during {0}: the {1} fails", phaseWord(phase),
                    Say.operation(op.kind.id())));
        }
        current = null;
        if (!restartOnRequest) {
            queue.clear();
        } else if (!queue.isEmpty()) {
            next(now); // Xoar: the next queued request finds the toolstack dead and restarts it
        }
    }

    /** How tool_uk is repaired in this design, or null. */
    Repair repair() {
        return rebootable ? new Repair("toolstack-reboot", Parameter.TOOL_REBOOT_US, false) : null;
    }

    /** tool_uk is back: roll the interrupted operation back and try again, or start the one that waited. */
    void toolRepaired(long now) {
        Op op = current;
        if (op != null && op.interrupted) {
            host.parts.set(now, tool, ComponentState.HEALTHY, running(op));
            rollbackAndRetry(now, op, Say.of("why.toolDied", "tool_uk died during {0}", phaseWord(op.phase)));
        } else if (op != null && op.awaitingTool) {
            op.awaitingTool = false;
            host.parts.set(now, tool, ComponentState.HEALTHY, running(op));
            begin(now, op);
        } else if (op == null) {
            host.parts.set(now, tool, ComponentState.HEALTHY, IDLE);
        }
    }

    // ------------------------------------------------------------------ Nova

    /** A guest ran out of memory: with Nova the hypervisor hands it to another host. */
    void outOfMemory(long now, Part guest) {
        if (nova) {
            host.loop.detected(now, guest, "memory-monitor", Say.of("evidence.memory", "the guest's memory request cannot be met on this host"));
        }
    }

    Repair novaRepair() {
        return nova ? new Repair("nova-restart", Parameter.NOVA_RESTART_US, false) : null;
    }

    void novaRestarted(long now, Part guest) {
        guest.failure = null;
        host.parts.set(now, guest, ComponentState.HEALTHY, Say.of("reason.nova", "restarted on remote-host by Nova"));
    }

    List<VmOperationView> views() {
        List<VmOperationView> out = new ArrayList<>();
        for (Op op : all) {
            int copies = (op.sourceRunning ? 1 : 0) + (op.targetRunning ? 1 : 0);
            out.add(new VmOperationView(op.kind.id(), op.vm, op.phase, op.attempt, op.startedUs, op.endedUs,
                    op.succeeded, copies, op.detail, op.xenstoreRequests));
        }
        return out;
    }
}
