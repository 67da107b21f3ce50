package org.phoenixlab.engine.trace;

import java.util.ArrayList;
import java.util.List;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;

/**
 * A {@link Phrase} in the trace store's compact form: its key and template as indices into the string
 * table, then each argument as a tag and its fields, a nested phrase in the same way. Only the store uses
 * it; the trace file holds the phrase's English.
 */
final class PhraseCodec {
    private PhraseCodec() {
    }

    static void encode(Phrase p, Bytes out, StringTable strings) {
        out.varint(strings.index(p.key()));
        out.varint(strings.index(p.template()));
        out.varint(p.args().size());
        for (Phrase.Arg a : p.args()) {
            if (a instanceof Phrase.Component c) {
                out.varint(0);
                out.varint(strings.index(c.id()));
                out.varint(strings.index(c.english()));
            } else if (a instanceof Phrase.Components c) {
                out.varint(1);
                out.varint(strings.index(c.ids()));
                out.varint(strings.index(c.english()));
            } else if (a instanceof Phrase.Micros m) {
                out.varint(2);
                out.zigzag(m.us());
                out.varint(m.unit().ordinal());
            } else if (a instanceof Phrase.Count c) {
                out.varint(c.grouped() ? 3 : 4);
                out.zigzag(c.n());
            } else if (a instanceof Phrase.Name n) {
                out.varint(5);
                out.varint(strings.index(n.word()));
            } else if (a instanceof Phrase.Actuator n) {
                out.varint(6);
                out.varint(strings.index(n.id()));
            } else if (a instanceof Phrase.Fault f) {
                out.varint(7);
                out.varint(f.kind().ordinal());
            } else if (a instanceof Phrase.State s) {
                out.varint(s.asLabel() ? 8 : 9);
                out.varint(s.state().ordinal());
            } else if (a instanceof Phrase.Word w) {
                out.varint(10);
                out.varint(strings.index(w.key()));
                out.varint(strings.index(w.english()));
            } else if (a instanceof Phrase.EnglishOnly e) {
                out.varint(11);
                out.varint(strings.index(e.english()));
            } else if (a instanceof Phrase.Literal l) {
                out.varint(12);
                out.varint(strings.index(l.english()));
            } else if (a instanceof Phrase.Nested n) {
                out.varint(13);
                encode(n.phrase(), out, strings);
            }
        }
    }

    static Phrase decode(Bytes.Reader in, StringTable strings) {
        String key = strings.get((int) in.varint());
        String template = strings.get((int) in.varint());
        int n = (int) in.varint();
        List<Phrase.Arg> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int tag = (int) in.varint();
            args.add(switch (tag) {
                case 0 -> new Phrase.Component(str(in, strings), str(in, strings));
                case 1 -> new Phrase.Components(str(in, strings), str(in, strings));
                case 2 -> new Phrase.Micros(in.zigzag(), Phrase.Unit.values()[(int) in.varint()]);
                case 3, 4 -> new Phrase.Count(in.zigzag(), tag == 3);
                case 5 -> new Phrase.Name(str(in, strings));
                case 6 -> new Phrase.Actuator(str(in, strings));
                case 7 -> new Phrase.Fault(FaultKind.values()[(int) in.varint()]);
                case 8, 9 -> new Phrase.State(ComponentState.values()[(int) in.varint()], tag == 8);
                case 10 -> new Phrase.Word(str(in, strings), str(in, strings));
                case 11 -> new Phrase.EnglishOnly(str(in, strings));
                case 12 -> new Phrase.Literal(str(in, strings));
                case 13 -> new Phrase.Nested(decode(in, strings));
                default -> throw new IllegalStateException("unknown phrase argument " + tag + " in the trace store");
            });
        }
        return key.isEmpty() && template.isEmpty() && args.isEmpty() ? Phrase.EMPTY : new Phrase(key, template, args);
    }

    private static String str(Bytes.Reader in, StringTable strings) {
        return strings.get((int) in.varint());
    }
}
