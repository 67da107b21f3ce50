package org.phoenixlab.engine.trace;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Turns every kind of {@link Payload} into a few bytes and back, from the record's own components
 * (strings become indices into the store's string table, numbers variable-length integers, enums
 * their ordinal). A new payload record is covered without code here, as long as its components are
 * strings, longs, ints, doubles, booleans, enums or phrases; any other type is refused when the class is first used.
 */
final class PayloadCodec {
    private static final Class<?>[] KINDS = Payload.class.getPermittedSubclasses();
    private static final Layout[] LAYOUTS = new Layout[KINDS.length];

    private record Layout(Method[] accessors, Class<?>[] types, Constructor<?> constructor) {
    }

    static {
        for (int i = 0; i < KINDS.length; i++) {
            LAYOUTS[i] = layout(KINDS[i]);
        }
    }

    private PayloadCodec() {
    }

    private static Layout layout(Class<?> kind) {
        RecordComponent[] rc = kind.getRecordComponents();
        if (rc == null) {
            throw new IllegalStateException(kind.getName() + " is not a record: the trace store cannot encode it");
        }
        Method[] accessors = new Method[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            Class<?> t = rc[i].getType();
            if (t != String.class && t != long.class && t != int.class && t != boolean.class && t != double.class
                    && t != Phrase.class && !t.isEnum()) {
                throw new IllegalStateException(kind.getSimpleName() + "." + rc[i].getName() + " is a " + t.getSimpleName()
                        + ": the trace store encodes strings, longs, ints, doubles, booleans, enums and phrases only");
            }
            accessors[i] = rc[i].getAccessor();
            types[i] = t;
        }
        try {
            return new Layout(accessors, types, kind.getDeclaredConstructor(types));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(kind.getName() + " has no canonical constructor", e);
        }
    }

    private static int tagOf(Payload p) {
        Class<?> c = p.getClass();
        for (int i = 0; i < KINDS.length; i++) {
            if (KINDS[i] == c) {
                return i;
            }
        }
        throw new IllegalStateException("unknown payload " + c.getName());
    }

    static void encode(Payload p, Bytes out, StringTable strings) {
        int tag = tagOf(p);
        Layout l = LAYOUTS[tag];
        out.varint(tag);
        for (int i = 0; i < l.accessors.length; i++) {
            Object v = get(l.accessors[i], p);
            Class<?> t = l.types[i];
            if (t == String.class) {
                out.varint(strings.index((String) v));
            } else if (t == long.class) {
                out.zigzag((Long) v);
            } else if (t == int.class) {
                out.zigzag((Integer) v);
            } else if (t == boolean.class) {
                out.varint((Boolean) v ? 1 : 0);
            } else if (t == double.class) {
                out.zigzag(Double.doubleToRawLongBits((Double) v));
            } else if (t == Phrase.class) {
                PhraseCodec.encode((Phrase) v, out, strings);
            } else {
                out.varint(((Enum<?>) v).ordinal());
            }
        }
    }

    static Payload decode(Bytes.Reader in, StringTable strings) {
        Layout l = LAYOUTS[(int) in.varint()];
        Object[] args = new Object[l.types.length];
        for (int i = 0; i < args.length; i++) {
            Class<?> t = l.types[i];
            if (t == String.class) {
                args[i] = strings.get((int) in.varint());
            } else if (t == long.class) {
                args[i] = in.zigzag();
            } else if (t == int.class) {
                args[i] = (int) in.zigzag();
            } else if (t == boolean.class) {
                args[i] = in.varint() != 0;
            } else if (t == double.class) {
                args[i] = Double.longBitsToDouble(in.zigzag());
            } else if (t == Phrase.class) {
                args[i] = PhraseCodec.decode(in, strings);
            } else {
                args[i] = t.getEnumConstants()[(int) in.varint()];
            }
        }
        try {
            return (Payload) l.constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + l.constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static Object get(Method accessor, Payload p) {
        try {
            return accessor.invoke(p);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }
}
