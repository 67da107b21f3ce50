package org.phoenixlab.engine.model;

/** What sort of thing a component is; the UI picks a shape per kind. */
public enum ComponentKind {
    HYPERVISOR,
    UNIKERNEL,
    SUBCOMPONENT,
    XENSTORE_REPLICA,
    XENSTORE_COORDINATOR,
    SERVICE_GROUP,
    GUEST,
    FRONTEND,
    RING,
    DEVICE,
    REMOTE_HOST,
    MANAGER
}
