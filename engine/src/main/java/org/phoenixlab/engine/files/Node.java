package org.phoenixlab.engine.files;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A JSON value that remembers where it stood in its file (line and column of its first character). */
public sealed interface Node {
    long line();

    long column();

    /** The JSON type, in words for error messages. */
    String typeName();

    record Obj(long line, long column, Map<String, Node> fields) implements Node {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public String typeName() {
            return "an object";
        }
    }

    record Arr(long line, long column, List<Node> items) implements Node {
        public Arr {
            items = List.copyOf(items);
        }

        public String typeName() {
            return "a list";
        }
    }

    record Str(long line, long column, String value) implements Node {
        public String typeName() {
            return "a string";
        }
    }

    /** A number; {@code integer} is null when it has a fraction or exponent. */
    record Num(long line, long column, String text, BigInteger integer) implements Node {
        public String typeName() {
            return "a number";
        }
    }

    record Bool(long line, long column, boolean value) implements Node {
        public String typeName() {
            return "true or false";
        }
    }

    record Null(long line, long column) implements Node {
        public String typeName() {
            return "null";
        }
    }
}
