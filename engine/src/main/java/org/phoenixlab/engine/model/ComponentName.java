package org.phoenixlab.engine.model;

/**
 * What a component is called, as a stable key rather than words: the same key for every copy of a
 * numbered component ({@code xenstore-replica} with number 2 for "XenStore replica 2", {@code guest} with
 * number 12 for "guest 12", {@code net-ring} with its guest's number), the component's id for the
 * others. A window that speaks another language looks its words up by this key; the trace never uses it.
 *
 * @param key    the name's key: the id of a one-of-a-kind component, else the kind of copy it is
 * @param number which copy (a replica's, coordinator's or guest's number), 0 for a one-of-a-kind component
 */
public record ComponentName(String key, int number) {
}
