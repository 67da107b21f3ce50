package org.phoenixlab.engine.sim;

/**
 * One VM operation of tool_uk as the screen and the experiments see it.
 *
 * @param phase         the current or last phase (pre-copy, suspend, transfer, acknowledgement, resume,
 *                      build, xenstore-setup, devices, verify, save, done, failed)
 * @param attempt       1 for the first try, more after rollbacks
 * @param succeeded     the operation finished as intended (null while it runs)
 * @param runningCopies how many copies of the VM run at this moment (here and on the remote host)
 * @param detail        what happened, in words
 * @param xenstoreRequests XenStore requests the operation made so far (every attempt)
 */
public record VmOperationView(
        String operation,
        String vm,
        String phase,
        int attempt,
        long startedUs,
        long endedUs,
        Boolean succeeded,
        int runningCopies,
        String detail,
        int xenstoreRequests) {
}
