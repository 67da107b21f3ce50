package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.phoenixlab.app.util.CurrentThreadTaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.experiment.FidelityExperiments;
import org.phoenixlab.engine.fault.FaultKind;
import org.phoenixlab.engine.strategy.StrategyCatalog;

/** The comparison's state and runs on the test's own thread: no toolkit, no waiting. */
class CompareViewModelTest {
    private final CompareViewModel vm = new CompareViewModel(new CurrentThreadTaskExecutor());

    @Test
    void aFaultKindOffersTheComponentsItMakesSenseFor() {
        assertEquals(FaultKind.CRASH, vm.kindProperty().get());
        assertEquals("net_uk/nic-driver", vm.targetProperty().get(), "the paper's fault by default");
        vm.kindProperty().set(FaultKind.CORRUPT_ENTRY);
        assertTrue(vm.targets().stream().allMatch(t -> t.startsWith("xenstore_uk/")), vm.targets().toString());
        assertEquals(vm.targets().get(0), vm.targetProperty().get());
        assertFalse(vm.kinds().isEmpty());
    }

    @Test
    void aRunGivesEveryStrategysFiguresBesideThePapersAndAsCsvRows() {
        vm.choose("net_uk/nic-driver", FaultKind.CRASH, 1);
        vm.start();
        assertFalse(vm.running());
        Comparison.Result r = vm.result();
        assertEquals(5, r.rows().size());
        assertTrue(vm.statusProperty().get().startsWith("crash on net_uk/nic-driver, 1 seed(s) per strategy."), vm.statusProperty().get());
        List<List<String>> rows = vm.rows();
        assertEquals(6, rows.size());
        assertEquals("paper_detection_ms", rows.get(0).get(4));
        assertEquals("27.27", rows.stream().filter(row -> row.get(0).equals("phoenix-fine")).findFirst().orElseThrow().get(4));
    }

    @Test
    void aCancelledRunSaysSoAndKeepsTheRowsAlreadyIn() {
        vm.choose("net_uk", FaultKind.CRASH, 3);
        vm.tableRows().addListener((ListChangeListener<Comparison.Row>) c -> vm.cancel()); // after the first row
        vm.start();
        assertFalse(vm.running());
        assertTrue(vm.statusProperty().get().startsWith("Cancelled: the strategy already in is shown"), vm.statusProperty().get());
        assertNull(vm.result(), "no comparison ran to its end");
        assertEquals(List.of("phoenix-fine"), vm.tableRows().stream().map(Comparison.Row::strategy).toList());
    }

    @Test
    void eachStrategysRowIsInTheTableBeforeTheWholeComparisonIs() {
        vm.choose("net_uk/nic-driver", FaultKind.CRASH, 1);
        List<String> seen = new ArrayList<>();
        vm.tableRows().addListener((ListChangeListener<Comparison.Row>) c -> seen.add(vm.tableRows().size() + (vm.result() == null ? " running" : " done")));
        vm.start();
        assertEquals(List.of("1 running", "2 running", "3 running", "4 running", "5 running"), seen.subList(0, 5),
                "one row at a time, in the strategies' order, each before the comparison's end");
        assertEquals(StrategyCatalog.NAMES, vm.tableRows().stream().map(Comparison.Row::strategy).toList());
    }

    @Test
    void theThroughputWithoutAFaultIsTheEnginesOnTheSameSeeds() {
        vm.choose("net_uk/nic-driver", FaultKind.CRASH, 1);
        vm.start();
        List<FidelityExperiments.ThroughputRow> engine = FidelityExperiments.throughput(1);
        assertEquals(engine, vm.faultFreeProperty().get(), "the figures of experiment paper's throughput section, 1 seed");
        double fine = engine.get(StrategyCatalog.NAMES.indexOf("phoenix-fine")).faultFreePps();
        double vanilla = engine.get(StrategyCatalog.NAMES.indexOf("vanilla")).faultFreePps();
        assertEquals(fine / vanilla - 1, vm.againstVanilla("phoenix-fine").orElseThrow(), 1e-12);
        List<String> csv = vm.rows().get(1);
        assertEquals("fault_free_pps", vm.rows().get(0).get(9));
        assertEquals(String.format(java.util.Locale.ROOT, "%.0f", fine), csv.get(9));
    }

    @Test
    void figuresReadAsTheTableShowsThem() {
        assertEquals("never", CompareViewModel.fmt(null, 2));
        assertEquals("1,234.50", CompareViewModel.fmt(1234.5, 2));
        org.phoenixlab.app.util.Messages.use(java.util.Locale.FRENCH);
        try {
            assertEquals("1\u202F234,50", CompareViewModel.fmt(1234.5, 2).replace('\u00A0', '\u202F'), "in French, the French way");
            assertEquals("jamais", CompareViewModel.fmt(null, 2));
        } finally {
            org.phoenixlab.app.util.Messages.use(java.util.Locale.ENGLISH);
        }
    }
}
