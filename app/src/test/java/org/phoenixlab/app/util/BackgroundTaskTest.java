package org.phoenixlab.app.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long work as the view models see it, run on the caller's thread: ends, fails, or is cancelled once. */
class BackgroundTaskTest {
    private final TaskExecutor executor = new CurrentThreadTaskExecutor();

    @Test
    void aTaskThatEndsReportsItsProgressThenItsResult() {
        List<String> seen = new ArrayList<>();
        executor.execute(BackgroundTask.<Integer>of("sum", p -> {
            p.report(0.5);
            return 42;
        }).onProgress(f -> seen.add("progress " + f)).onSuccess(r -> seen.add("result " + r))
                .onFailure(e -> seen.add("failure")).onCancelled(() -> seen.add("cancelled")));
        assertEquals(List.of("progress 0.5", "result 42"), seen);
    }

    @Test
    void aTaskThatFailsSaysWhy() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<Void> t = executor.execute(BackgroundTask.<Void>of("broken", p -> {
            throw new IllegalStateException("no disk");
        }).onSuccess(r -> seen.add("result")).onFailure(e -> seen.add(e.getMessage())));
        assertEquals(List.of("no disk"), seen);
        assertTrue(t.isFinished());
    }

    @Test
    void aCancelledTaskStopsSaysSoOnceAndItsLateResultIsDropped() {
        List<String> seen = new ArrayList<>();
        BackgroundTask<String>[] self = new BackgroundTask[1];
        self[0] = BackgroundTask.<String>of("long", p -> {
            for (int i = 0; i < 100 && !p.cancelled(); i++) {
                p.report(i / 100.0);
            }
            return "finished anyway";
        }).onProgress(f -> {
            if (f >= 0.1) {
                self[0].cancel(); // the user presses Cancel while it runs
            }
        }).onSuccess(seen::add).onCancelled(() -> seen.add("cancelled"));
        executor.execute(self[0]);
        assertEquals(List.of("cancelled"), seen);
        self[0].cancel();
        assertEquals(List.of("cancelled"), seen, "cancelling again says nothing more");
    }
}
