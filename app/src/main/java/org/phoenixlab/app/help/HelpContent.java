package org.phoenixlab.app.help;

import java.util.List;

/** What the Help window says: the glossary and the paper behind the model, in this project's own words. */
public final class HelpContent {
    /** A word and what it means here. */
    public record Term(String word, String meaning) {
    }

    private HelpContent() {
    }

    /** The words a student meets on screen and in the lessons, alphabetically. */
    public static final List<Term> GLOSSARY = List.of(
            new Term("actuator", "What repairs a failed part once a probe has noticed it: reloading a driver, rebooting a unikernel, "
                    + "replacing a XenStore replica, failing over to a backup NIC."),
            new Term("coordinator (XenStore)", "One of three small processes that route XenStore requests, pick the master replica "
                    + "and keep a hash of every entry, so that a copy that changed silently can be found."),
            new Term("dependency graph", "Who needs whom to be healthy (an arrow A \u2192 B: A needs B). After several failures the "
                    + "global loop repairs in the graph's order: XenStore before net_uk, net_uk before tool_uk."),
            new Term("dom0", "Xen's first, privileged VM. In vanilla Xen it holds the device drivers, the back ends, XenStore and the "
                    + "toolstack at once, so when it fails every guest loses its devices."),
            new Term("domU", "An ordinary guest VM: it has no access to the hardware and goes through the privileged VM for its "
                    + "network and disk."),
            new Term("driver timeout", "Phoenix's probe for the NIC driver: a timer started with every poll of the card; a poll that "
                    + "outlives it means the driver is stuck or dead (27 ms in the paper's experiment)."),
            new Term("fault isolation", "A fault in one part of a unikernel (its driver, its back end) stays in that part, so only that "
                    + "part is reloaded. Without it the whole unikernel goes down and must reboot."),
            new Term("global feedback loop (UKmonitor)", "The part of the hypervisor that receives the probes' reports, decides what "
                    + "to repair and when, and starts the actuators, following the dependency graph."),
            new Term("heartbeat", "How the hypervisor checks that a unikernel is alive: an explicit ping it must answer within a "
                    + "deadline (5 ms), or an implicit one, when the unikernel talked to the hypervisor recently anyway."),
            new Term("hypervisor (VMM)", "The small layer that runs every VM and shares the CPU and memory between them. Here it is "
                    + "assumed never to fail; it hosts the global loop and keeps backups of XenStore."),
            new Term("moment", "In this program: an event of a fault's story worth stopping at (the fault, the probe noticing it, "
                    + "the repair decided, started and finished, the traffic stopping and coming back). Step goes from moment "
                    + "to moment and the caption explains each."),
            new Term("NetBack / BlockBack", "The back ends, in the privileged VM, of the guests' network and disk: they take the "
                    + "guests' requests from the shared rings and hand them to the real driver."),
            new Term("NetFront / BlkFront", "The front ends inside each guest: they put packets and disk requests on the shared rings "
                    + "for the back end to take."),
            new Term("probe", "What notices a fault: a heartbeat, the driver timeout, the ring index check, the hash check."),
            new Term("pVM (privileged VM)", "The VM trusted to drive the hardware and manage the others. Phoenix splits it into "
                    + "unikernels so that one failure does not take the others with it."),
            new Term("ring (shared ring)", "A circular buffer in memory shared by a guest's front end and the back end, with a producer "
                    + "index (where the guest writes) and a consumer index (where the back end reads)."),
            new Term("ring index check", "Phoenix's probe for NetBack: requests pile up in a ring while NetBack's own index does not "
                    + "move, which a healthy NetBack never allows for long."),
            new Term("shadow driver", "A copy of the driver's recent requests kept in NetBack: while the real driver reloads it holds the "
                    + "guests' packets and replays them afterwards, so none is lost."),
            new Term("tool_uk (toolstack)", "The unikernel that creates, destroys, checkpoints and migrates VMs. Phoenix rolls a "
                    + "half-done operation back and retries it after tool_uk is repaired."),
            new Term("unikernel", "A tiny VM built for one job, with just the code that job needs: net_uk (network), disk_uk "
                    + "(storage), XenStore's replicas, tool_uk (the toolstack)."),
            new Term("XenStore", "The small database every VM and back end reads its configuration from (which ring, which event "
                    + "channel). Phoenix keeps three replicas and their coordinators, and a backup in the hypervisor."),
            new Term("Xoar, TFD-Xen", "The designs Phoenix is compared with: Xoar splits dom0 into service VMs and restarts them on "
                    + "timers or when a request finds one dead; TFD-Xen watches the network rings and fails over to a standby "
                    + "driver domain with a second NIC."));

    /**
     * The glossary in the window's language ({@code help.term.<n>.word} and {@code .meaning}, n its place in
     * {@link #GLOSSARY}), in that language's alphabetical order
     * (English: as listed).
     */
    public static List<Term> glossary() {
        java.text.Collator order = java.text.Collator.getInstance(org.phoenixlab.app.util.Messages.locale());
        List<Term> out = new java.util.ArrayList<>();
        for (int i = 0; i < GLOSSARY.size(); i++) {
            Term t = GLOSSARY.get(i);
            out.add(new Term(org.phoenixlab.app.util.Messages.get("help.term." + i + ".word", t.word()),
                    org.phoenixlab.app.util.Messages.get("help.term." + i + ".meaning", t.meaning())));
        }
        if (!org.phoenixlab.app.util.Messages.locale().getLanguage().equals("en")) {
            out.sort((a, b) -> order.compare(a.word(), b.word())); // English keeps its own order
        }
        return out;
    }

    /** The paper the model follows, and the systems it compares. */
    public static final String PAPER = """
            The model follows:

            D. Mvondo, A. Tchana, R. Lachaize, D. Hagimont, N. de Palma. "Fine-grained fault tolerance for resilient \
            pVM-based virtual machine monitors". In: Proceedings of the 50th IEEE/IFIP International Conference on Dependable \
            Systems and Networks (DSN 2020).

            The paper calls its design Phoenix (its code was published as R-VMM). It is compared here, as in the paper, with:
            \u2022 vanilla Xen (one dom0 for everything),
            \u2022 Xoar (P. Colp et al., SOSP 2011): dom0 split into service VMs restarted on timers,
            \u2022 TFD-Xen (H. Jo et al., IEEE Transactions on Computers, 2010): a standby driver domain,
            \u2022 shadow drivers (M. Swift et al., ACM TOCS 2006), which Phoenix uses for the NIC driver.

            Every figure this program shows comes from simulated mechanisms. Its inputs (periods, timeouts, durations, rates) \
            and their sources are in the strategy parameter files; an input chosen so that one of the paper's figures comes \
            out is said to be fitted, there and in the explanation of the figure. `experiment paper` (the headless command) \
            rebuilds the paper's tables beside its published figures.""";
}
