package org.phoenixlab.lessons;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.scenario.ScriptedOperation;

/** Something the student does in the window that a lesson step may be waiting for. */
public sealed interface StudentAction {
    /** The action in plain words, for the lesson's feedback ("inject a crash on net_uk/nic-driver"). */
    String describe();

    /** Injects a fault on a component (right-click menu or toolbar). */
    record Inject(String target, FaultKind kind) implements StudentAction {
        public String describe() {
            return "inject \"" + kind.label() + "\" on " + target;
        }
    }

    /** Chooses another strategy in the toolbar (the run starts again under it). */
    record SwitchStrategy(String strategy) implements StudentAction {
        public String describe() {
            return "switch the strategy to " + strategy;
        }
    }

    /** Turns the dependency overlay on. */
    record ShowDependencies() implements StudentAction {
        public String describe() {
            return "show the dependencies (the Dependencies button, or D)";
        }
    }

    /** Starts a VM operation from a guest's menu. */
    record Operate(ScriptedOperation.Kind kind, String vm) implements StudentAction {
        public String describe() {
            return "start a " + kind.id() + " of " + vm;
        }
    }

    /** Clicks a component to inspect it. */
    record Select(String component) implements StudentAction {
        public String describe() {
            return "select " + component + " (click it)";
        }
    }
}
