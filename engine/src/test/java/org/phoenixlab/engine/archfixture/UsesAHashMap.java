package org.phoenixlab.engine.archfixture;

import java.util.HashMap;
import java.util.Map;

/** Test fixture: what the architecture rules must refuse. Never used. */
public final class UsesAHashMap {
    public Map<String, Integer> table() {
        return new HashMap<>();
    }
}
