package org.phoenixlab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Every distinct string of a trace once (ids, reasons, evidence), numbered in the order first seen. */
final class StringTable {
    private final List<String> byIndex = new ArrayList<>();
    private final TreeMap<String, Integer> indices = new TreeMap<>();

    int index(String s) {
        Integer i = indices.get(s);
        if (i != null) {
            return i;
        }
        int n = byIndex.size();
        byIndex.add(s);
        indices.put(s, n);
        return n;
    }

    String get(int i) {
        return byIndex.get(i);
    }

    int size() {
        return byIndex.size();
    }
}
