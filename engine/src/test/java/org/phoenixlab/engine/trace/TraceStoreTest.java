package org.phoenixlab.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.model.ComponentState;

/**
 * The compact trace store gives back exactly what was appended, and its running digest and segment
 * CRCs are those of the JSON Lines text worked out from scratch, for the whole trace and for any prefix.
 */
class TraceStoreTest {
    private static Trace sample(int n) {
        Trace t = new Trace();
        FaultKind[] kinds = FaultKind.values();
        for (int i = 0; i < n; i++) {
            long time = i * 1_337L + (i % 7 == 0 ? 0 : 5);
            switch (i % 5) {
                case 0 -> t.append(time, "net_uk", new Payload.Heartbeat(i % 2 == 0, i % 3 != 0));
                case 1 -> t.append(time, "guest/" + (i % 64 + 1), new Payload.StateChanged(ComponentState.HEALTHY,
                        ComponentState.values()[i % ComponentState.values().length], "reason \"" + i + "\"\n"));
                case 2 -> t.append(time, "net_uk/nic-driver", new Payload.FaultInjected(kinds[i % kinds.length]));
                case 3 -> t.append(time, "disk_uk", new Payload.TrafficRestored(-i * 1000L, Long.MAX_VALUE - i, i));
                default -> t.append(time, "xenstore", new Payload.RunStarted("phoenix-fine", -i, i, 81_274));
            }
        }
        return t;
    }

    private static String json(Trace t, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(t.get(i).toJsonLine());
        }
        return sb.toString();
    }

    private static String sha(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> crcs(Trace t, int n) {
        List<String> out = new ArrayList<>();
        CRC32 crc = new CRC32();
        for (int i = 0; i < n; i++) {
            crc.update(t.get(i).toJsonLine().getBytes(StandardCharsets.UTF_8));
            if ((i + 1) % Trace.SEGMENT == 0 || i == n - 1) {
                out.add(HexFormat.of().toHexDigits((int) crc.getValue()));
                crc.reset();
            }
        }
        return out;
    }

    @Test
    void eventsComeBackAsAppendedInAnyOrder() {
        List<TraceEvent> appended = new ArrayList<>();
        Trace t = new Trace();
        Trace s = sample(20_000);
        for (TraceEvent e : s.events()) {
            appended.add(t.append(e.timeUs(), e.component(), e.payload()));
        }
        for (int i = appended.size() - 1; i >= 0; i -= 37) {
            assertEquals(appended.get(i), t.get(i));
        }
        assertEquals(appended, t.events());
    }

    @Test
    void digestAndSegmentsAreThoseOfTheJsonLinesText() throws Exception {
        Trace t = sample(10_000);
        StringWriter w = new StringWriter();
        t.writeJsonLines(w);
        assertEquals(w.toString(), json(t, t.size()));
        assertEquals(sha(w.toString()), t.digest());
        assertEquals(crcs(t, t.size()), t.segmentCrcs());
        for (int n : new int[] {0, 1, 63, 64, 65, 4095, 4096, 4097, 9_999}) {
            Trace prefix = t.at(n);
            assertEquals(sha(json(t, n)), prefix.digest(), "digest of the first " + n);
            assertEquals(crcs(t, n), prefix.segmentCrcs(), "segments of the first " + n);
        }
    }

    @Test
    void aDifferentEventStartsABranchAndTheStoreForgetsTheRest() throws Exception {
        Trace t = sample(9_000);
        Trace back = t.at(5_000);
        back.append(1, "vmm", new Payload.TimedRestart(true));
        assertEquals(5_001, back.size());
        assertEquals(sha(json(back, 5_001)), back.digest());
        assertEquals(crcs(back, 5_001), back.segmentCrcs());
        assertThrows(IllegalStateException.class, () -> back.at(6_000), "the old future is gone");
    }

    @Test
    void theSameEventsAgainAreRecognisedNotStoredTwice() {
        Trace t = sample(3_000);
        String digest = t.digest();
        long bytes = t.footprintBytes();
        Trace again = t.at(1_000);
        for (int i = 1_000; i < 3_000; i++) {
            TraceEvent e = t.get(i);
            again.append(e.timeUs(), e.component(), e.payload());
        }
        assertEquals(digest, again.digest());
        assertEquals(bytes, again.footprintBytes());
    }

    @Test
    void everyKindOfPayloadSurvivesTheCompactForm() throws Exception {
        Trace t = new Trace();
        List<Payload> all = new ArrayList<>();
        for (Class<?> kind : Payload.class.getPermittedSubclasses()) {
            RecordComponent[] rc = kind.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                Class<?> c = types[i];
                args[i] = c == Phrase.class ? everyArgument(i) : c == String.class ? "text " + i : c == long.class ? -123_456_789_012L + i : c == int.class ? 42 + i
                        : c == boolean.class ? (Object) (i % 2 == 0) : c == double.class ? (Object) (-2.5e-7 * (i + 1)) : c.getEnumConstants()[c.getEnumConstants().length - 1];
            }
            Payload p = (Payload) kind.getDeclaredConstructor(types).newInstance(args);
            all.add(p);
            t.append(all.size(), "vmm", p);
        }
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i), t.get(i).payload());
        }
    }

    /** A phrase with every kind of argument, one nested, so that the store's phrase form is checked whole. */
    private static Phrase everyArgument(int i) {
        return Phrase.of("test." + i, "{0} {1} {2} {3} {4} {5} {6} {7} {8} {9} {10} {11} {12}",
                new Phrase.Component("net_uk", "net_uk"), new Phrase.Components("a,b", "a and b"),
                new Phrase.Micros(-1_234_567, Phrase.Unit.SPAN), new Phrase.Count(81_274, true), new Phrase.Count(7, false),
                new Phrase.Name("heartbeat"), new Phrase.Actuator("driver-reload"),
                new Phrase.Fault(org.phoenixlab.engine.fault.FaultKind.HANG),
                new Phrase.State(org.phoenixlab.engine.model.ComponentState.DEGRADED, true),
                new Phrase.Word("role.replica", "replica"), new Phrase.EnglishOnly("An"), new Phrase.Literal("as it is"),
                new Phrase.Nested(Phrase.of("inner", "inner {0}", new Phrase.Micros(5, Phrase.Unit.MS_EXACT))));
    }
}
