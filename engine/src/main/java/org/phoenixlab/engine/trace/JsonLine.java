package org.phoenixlab.engine.trace;

/**
 * Builds one canonical JSON object on one line: fields in the order written, integers as plain
 * digits, strings escaped the same way every time. The trace digest depends on this being stable.
 */
public final class JsonLine {
    private final StringBuilder out;
    private boolean first = true;

    JsonLine(StringBuilder out) {
        this.out = out;
        out.append('{');
    }

    public JsonLine field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    public JsonLine field(String name, boolean value) {
        key(name);
        out.append(value);
        return this;
    }

    public JsonLine field(String name, String value) {
        key(name);
        quote(value);
        return this;
    }

    void end() {
        out.append('}').append('\n');
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(name);
        out.append(':');
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
