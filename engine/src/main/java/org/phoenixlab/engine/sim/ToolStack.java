package org.phoenixlab.engine.sim;

import static org.phoenixlab.engine.model.ComponentIds.TOOL_UK;

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

/**
 * tool_uk: creates guests (XenStore set-up, a read-back, boot) and live-migrates them to the remote
 * host (pre-copy, suspend, transfer, acknowledgement, resume). Under Phoenix a watchdog waits for the
 * receiver's acknowledgement and a crashed tool_uk is rebooted; either way the operation is rolled
 * back (the half-built VM on the target deleted, the source resumed) and retried. Elsewhere nothing
 * rolls back: the source resumes itself after a while and a target that got the state resumes too.
 */
final class ToolStack implements EngineState {
    static final int MAX_ATTEMPTS = 3;

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
        int generation;
        boolean interrupted;

        Op(ScriptedOperation.Kind kind, String vm, long startedUs, boolean sourceRunning) {
            this.kind = kind;
            this.vm = vm;
            this.startedUs = startedUs;
            this.sourceRunning = sourceRunning;
        }
    }

    private final Host host;
    private final Part tool;
    private final boolean watchdog;
    private final boolean rebootable;
    private final boolean nova;
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
    }

    /** A guest that a scripted operation will create does not run before. */
    void notCreatedYet(String vm) {
        host.parts.set(0, host.parts.get(vm), ComponentState.STOPPED, "not created yet");
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
            if (!tool.failed() && tool.state != ComponentState.REPAIRING) {
                host.parts.set(now, tool, ComponentState.STOPPED, "runs only during VM operations");
            }
            return;
        }
        if (!tool.failed()) {
            host.parts.set(now, tool, ComponentState.HEALTHY, "running: " + current.kind.id() + " " + current.vm);
        }
        begin(now, current);
        host.loop.afterChange(now);
    }

    private void begin(long now, Op op) {
        op.attempt++;
        op.interrupted = false;
        switch (op.kind) {
            case CREATE -> {
                phase(now, op, "xenstore-setup", "writing the new domain's entries");
                createWrite(now, op, 0, op.generation);
            }
            case MIGRATE -> {
                phase(now, op, "pre-copy", "copying memory while the guest runs");
                after(now, Parameter.MIGRATION_PRECOPY_US, op, this::suspend);
            }
            case CHECKPOINT -> {
                phase(now, op, "suspend", "pausing the guest");
                op.sourceRunning = false;
                host.parts.set(now, host.parts.get(op.vm), ComponentState.STOPPED, "paused for a checkpoint");
                host.loop.afterChange(now);
                after(now, Parameter.MIGRATION_SUSPEND_US, op, this::save);
            }
            case DESTROY -> {
                phase(now, op, "xenstore-cleanup", "removing the domain's entries");
                int gen = op.generation;
                String key = "/local/domain/" + op.vm.substring(op.vm.indexOf('/') + 1) + "/memory/target";
                host.xenstore.submit(now, new XenStore.Request(key, "released", r -> {
                    if (op.generation != gen || tool.failed()) {
                        return;
                    }
                    if (!r.ok()) {
                        finish(host.now(), op, false, "XenStore did not answer: the domain is left half-destroyed");
                        return;
                    }
                    op.sourceRunning = false;
                    host.parts.set(host.now(), host.parts.get(op.vm), ComponentState.STOPPED, "destroyed");
                    host.loop.afterChange(host.now());
                    finish(host.now(), op, true, "destroyed");
                }));
            }
        }
    }

    private interface Step extends EngineState {
        void run(long now, Op op);
    }

    /** Runs {@code step} after the parameter's duration, unless tool_uk died or the op was rolled back. */
    private void after(long now, Parameter duration, Op op, Step step) {
        int gen = op.generation;
        host.kernel.at(now + host.strategy.get(duration), t -> {
            if (op.generation == gen && !tool.failed()) {
                step.run(t, op);
            }
        });
    }

    private void phase(long now, Op op, String phase, String detail) {
        op.phase = phase;
        op.detail = detail;
        host.trace.append(now, op.vm, new Payload.OperationPhase(op.kind.id(), op.vm, phase, detail));
    }

    // ------------------------------------------------------------------ create

    private void createWrite(long now, Op op, int i, int gen) {
        int writes = (int) host.strategy.get(Parameter.VM_CREATE_WRITES);
        if (i == writes) {
            phase(now, op, "verify", "reading back the back end's state the new front end will connect to");
            String key = host.xenstore.hotKey();
            String expected = host.xenstore.acknowledgedValue(key);
            host.xenstore.submit(now, new XenStore.Request(key, null, r -> {
                if (op.generation != gen || tool.failed()) {
                    return;
                }
                long t = host.now();
                if (!r.ok()) {
                    finish(t, op, false, "XenStore did not answer: the creation fails");
                } else if (!r.value().equals(expected)) {
                    finish(t, op, false, "the configuration read back is corrupt: the creation fails");
                } else {
                    phase(t, op, "boot", "booting the guest");
                    after(t, Parameter.VM_BOOT_US, op, (t2, o) -> {
                        host.parts.set(t2, host.parts.get(o.vm), ComponentState.HEALTHY, "created");
                        o.sourceRunning = true;
                        finish(t2, o, true, "created");
                    });
                }
            }));
            return;
        }
        String key = "/local/domain/" + op.vm.substring(op.vm.indexOf('/') + 1) + "/setup/" + i;
        host.xenstore.submit(now, new XenStore.Request(key, "a" + op.attempt + "-" + i, r -> {
            if (op.generation != gen || tool.failed()) {
                return;
            }
            if (!r.ok()) {
                finish(host.now(), op, false, "a XenStore write failed: the creation fails");
            } else {
                createWrite(host.now(), op, i + 1, gen);
            }
        }));
    }

    // ------------------------------------------------------------------ checkpoint

    private void save(long now, Op op) {
        phase(now, op, "save", "writing the memory image to disk");
        after(now, Parameter.CHECKPOINT_SAVE_US, op, (t, o) -> {
            phase(t, o, "resume", "resuming the guest");
            after(t, Parameter.MIGRATION_RESUME_US, o, (t2, o2) -> {
                resumeSource(t2, o2, "resumed after its checkpoint");
                finish(t2, o2, true, "checkpoint saved");
            });
        });
    }

    // ------------------------------------------------------------------ migrate

    private void suspend(long now, Op op) {
        phase(now, op, "suspend", "pausing the guest at the source");
        op.sourceRunning = false;
        host.parts.set(now, host.parts.get(op.vm), ComponentState.STOPPED, "suspended for migration");
        host.loop.afterChange(now);
        after(now, Parameter.MIGRATION_SUSPEND_US, op, this::transfer);
    }

    private void transfer(long now, Op op) {
        phase(now, op, "transfer", "sending the last pages and the device state");
        after(now, Parameter.MIGRATION_TRANSFER_US, op, this::awaitAck);
    }

    private void awaitAck(long now, Op op) {
        op.targetBuilt = true;
        phase(now, op, "acknowledgement", "waiting for the remote host to confirm it has the VM");
        int gen = op.generation;
        boolean lost = ackLost;
        ackLost = false;
        if (watchdog) {
            long timeout = host.strategy.get(Parameter.MIGRATION_ACK_TIMEOUT_US);
            host.kernel.at(now + timeout, t -> {
                if (op.generation == gen && !tool.failed() && "acknowledgement".equals(op.phase)) {
                    host.trace.append(t, TOOL_UK, new Payload.Detected("migration-watchdog",
                            "no acknowledgement within " + Host.ms(timeout)));
                    host.ledger.detected(t, ComponentIds.REMOTE_HOST, "migration-watchdog");
                    host.ledger.repairStarted(t, ComponentIds.REMOTE_HOST, "rollback-and-retry");
                    host.ledger.repaired(t, ComponentIds.REMOTE_HOST, host.topology);
                    rollbackAndRetry(t, op, "the acknowledgement never came");
                }
            });
        }
        if (!lost) {
            after(now, Parameter.MIGRATION_ACK_US, op, this::resumeOnTarget);
        } else if (!watchdog) {
            // The receiver has everything and sent its acknowledgement (lost on the way): it resumes its copy,
            // while the sender, never told, resumes the source after its own timeout.
            after(now, Parameter.MIGRATION_RESUME_US, op, (t, o) -> o.targetRunning = true);
            after(now, Parameter.SOURCE_RESUME_TIMEOUT_US, op, (t, o) -> {
                resumeSource(t, o, "resumed in place: the migration was never confirmed");
                finish(t, o, false, "two running copies: the acknowledgement was lost and nothing rolled back");
            });
        }
    }

    private void resumeOnTarget(long now, Op op) {
        phase(now, op, "resume", "resuming the guest on the remote host");
        after(now, Parameter.MIGRATION_RESUME_US, op, (t, o) -> {
            o.targetRunning = true;
            host.parts.set(t, host.parts.get(o.vm), ComponentState.STOPPED, "migrated: now runs on remote-host");
            finish(t, o, true, "migrated to remote-host");
        });
    }

    private void resumeSource(long now, Op op, String why) {
        op.sourceRunning = true;
        host.parts.set(now, host.parts.get(op.vm), ComponentState.HEALTHY, why);
        host.loop.afterChange(now);
    }

    private void rollbackAndRetry(long now, Op op, String why) {
        op.generation++;
        if (op.kind == ScriptedOperation.Kind.CHECKPOINT) {
            if (!op.sourceRunning) {
                resumeSource(now, op, "resumed after the rollback");
            }
            phase(now, op, "rollback", why + ": the partial image is discarded, the guest resumes");
        } else if (op.kind == ScriptedOperation.Kind.MIGRATE) {
            op.targetBuilt = false;
            op.targetRunning = false;
            if (!op.sourceRunning) {
                resumeSource(now, op, "resumed at the source after the rollback");
            }
            phase(now, op, "rollback", why + ": the half-built VM on remote-host is deleted, the source resumes");
        } else {
            phase(now, op, "rollback", why + ": the half-created domain is destroyed");
        }
        if (op.attempt >= MAX_ATTEMPTS) {
            finish(now, op, false, "gave up after " + op.attempt + " attempts");
            return;
        }
        begin(now, op);
    }

    private void finish(long now, Op op, boolean ok, String detail) {
        op.succeeded = ok;
        op.endedUs = now;
        op.generation++;
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
        op.generation++;
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
                host.kernel.at(now + delay, t -> resumeSource(t, op, "resumed in place: its toolstack died mid-migration"));
            }
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", "tool_uk died during " + phase + (targetHasState
                    ? ": the remote host resumes its copy and the source resumes too (two copies)"
                    : ": the source resumes; nothing was migrated"));
        } else if (op.kind == ScriptedOperation.Kind.CHECKPOINT) {
            if (!op.sourceRunning) {
                long delay = host.strategy.get(Parameter.SOURCE_RESUME_TIMEOUT_US);
                host.kernel.at(now + delay, t -> resumeSource(t, op, "resumed in place: its toolstack died"));
            }
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", "tool_uk died during " + phase + ": no checkpoint was saved");
        } else {
            op.succeeded = false;
            op.endedUs = now;
            phase(now, op, "failed", "tool_uk died during " + phase + ": the " + op.kind.id() + " fails");
        }
        current = null;
        queue.clear();
    }

    /** How tool_uk is repaired in this design, or null. */
    Repair repair() {
        return rebootable ? new Repair("toolstack-reboot", Parameter.TOOL_REBOOT_US, false) : null;
    }

    /** tool_uk is back: roll the interrupted operation back and try again. */
    void toolRepaired(long now) {
        Op op = current;
        if (op != null && op.interrupted) {
            host.parts.set(now, tool, ComponentState.HEALTHY, "running: " + op.kind.id() + " " + op.vm);
            rollbackAndRetry(now, op, "tool_uk died during " + op.phase);
        } else if (op == null) {
            host.parts.set(now, tool, ComponentState.STOPPED, "runs only during VM operations");
        }
    }

    // ------------------------------------------------------------------ Nova

    /** A guest ran out of memory: with Nova the hypervisor hands it to another host. */
    void outOfMemory(long now, Part guest) {
        if (nova) {
            host.loop.detected(now, guest, "memory-monitor", "the guest's memory request cannot be met on this host");
        }
    }

    Repair novaRepair() {
        return nova ? new Repair("nova-restart", Parameter.NOVA_RESTART_US, false) : null;
    }

    void novaRestarted(long now, Part guest) {
        guest.failure = null;
        host.parts.set(now, guest, ComponentState.HEALTHY, "restarted on remote-host by Nova");
    }

    List<VmOperationView> views() {
        List<VmOperationView> out = new ArrayList<>();
        for (Op op : all) {
            int copies = (op.sourceRunning ? 1 : 0) + (op.targetRunning ? 1 : 0);
            out.add(new VmOperationView(op.kind.id(), op.vm, op.phase, op.attempt, op.startedUs, op.endedUs,
                    op.succeeded, copies, op.detail));
        }
        return out;
    }
}
