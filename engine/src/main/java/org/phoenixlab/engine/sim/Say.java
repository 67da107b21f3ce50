package org.phoenixlab.engine.sim;

import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.trace.Phrase;

/**
 * Short hands for the mechanisms' phrases (a component's reason, a probe's evidence, an operation's
 * detail): each sentence a key, its English template and typed arguments, never words glued together.
 */
final class Say {
    private Say() {
    }

    static Phrase of(String key, String template, Phrase.Arg... args) {
        return Phrase.of(key, template, args);
    }

    /** A component by its id, English writing the id. */
    static Phrase.Component id(String id) {
        return new Phrase.Component(id);
    }

    /** A component by its id, English writing its label ("NetBack"). */
    static Phrase.Component label(Part p) {
        return new Phrase.Component(p.id(), p.spec.label());
    }

    /** A time in µs, written as {@link Host#ms} does ("12.25 ms"). */
    static Phrase.Micros ms(long us) {
        return new Phrase.Micros(us, Phrase.Unit.MS_EXACT);
    }

    static Phrase.Name name(String word) {
        return new Phrase.Name(word);
    }

    static Phrase.Count count(long n) {
        return new Phrase.Count(n, false);
    }

    static Phrase.Fault fault(FaultKind kind) {
        return new Phrase.Fault(kind);
    }

    static Phrase.Nested nest(Phrase p) {
        return new Phrase.Nested(p);
    }

    /** A probe by its name ("heartbeat"), a word of a closed set. */
    static Phrase.Word probe(String name) {
        return new Phrase.Word("probe." + name, name);
    }

    /** A VM operation of tool_uk by its id ("migrate"). */
    static Phrase.Word operation(String id) {
        return new Phrase.Word("operation." + id, id);
    }
}
