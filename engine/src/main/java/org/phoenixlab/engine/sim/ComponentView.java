package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.trace.Phrase;

import org.phoenixlab.engine.model.ComponentKind;
import org.phoenixlab.engine.model.ComponentState;

/**
 * One component as the screen shows it at one instant.
 *
 * @param failure        the fault it suffers ("crash", "hang") or "" when none
 * @param reason         why it is in this state, as a phrase (its English: {@code reason().english()})
 * @param waitingFor     ids it waits for (degraded, or repair held back), comma-separated, or ""
 * @param repairAction   the actuator at work, or ""
 * @param repairProgress 0..1 while repairing, else 0
 */
public record ComponentView(
        String id,
        String label,
        ComponentKind kind,
        ComponentState state,
        String failure,
        org.phoenixlab.engine.trace.Phrase reason,
        String waitingFor,
        String repairAction,
        double repairProgress) {
}
