package org.phoenixlab.engine.model;

/**
 * A component of the topology: its stable id (scenarios, lessons and the UI refer to it), what
 * kind it is, the component that contains it (or null), a short name and one sentence on its job.
 */
public record ComponentSpec(String id, ComponentKind kind, String parent, String label, String description) {
}
