package org.phoenixlab.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phoenixlab.app.main.MainViewModel;
import org.phoenixlab.app.session.Autosave;
import org.phoenixlab.app.util.FakeDialogs;
import org.phoenixlab.engine.fault.FaultKind;

/** The exported tables from the session, and a failed export that says why. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theTablesHoldTheRunsFiguresAndAFailureLeavesNoFile() throws Exception {
        FakeDialogs dialogs = new FakeDialogs();
        MainViewModel session = new MainViewModel(3, dialogs, new Autosave(dir.resolve("home")));
        ExportViewModel export = new ExportViewModel(session, dialogs);
        session.advance(1_000_000);
        session.inject("net_uk/nic-driver", FaultKind.CRASH);
        session.advance(6_000_000);
        List<List<String>> metrics = ExportViewModel.metricsRows(session.simulation());
        assertEquals(2, metrics.size());
        assertEquals("driver-timeout", metrics.get(1).get(4));
        assertEquals(session.throughput().size(), ExportViewModel.throughputRows(session.simulation()).size(),
                "a header and every complete bucket");
        Path trace = dir.resolve("t.jsonl");
        assertTrue(export.run(trace, export::traceJsonLines));
        assertEquals(session.trace().size(), Files.readAllLines(trace).size());
        Path nowhere = dir.resolve("missing").resolve("m.csv");
        assertFalse(export.run(nowhere, export::metricsCsv));
        assertEquals("The export failed", dialogs.last().header());
        assertTrue(dialogs.last().message().startsWith(nowhere.toString()), dialogs.last().message());
        assertFalse(Files.exists(nowhere));
    }
}
