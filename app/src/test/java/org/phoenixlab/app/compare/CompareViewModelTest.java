package org.phoenixlab.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phoenixlab.app.util.CurrentThreadTaskExecutor;
import org.phoenixlab.engine.experiment.Comparison;
import org.phoenixlab.engine.fault.FaultKind;

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
    void aCancelledRunSaysSoAndKeepsThePreviousResult() {
        vm.choose("net_uk", FaultKind.CRASH, 3);
        vm.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0) {
                vm.cancel();
            }
        });
        vm.start();
        assertFalse(vm.running());
        assertTrue(vm.statusProperty().get().startsWith("Cancelled"), vm.statusProperty().get());
        assertNull(vm.result());
    }

    @Test
    void figuresReadAsTheTableShowsThem() {
        assertEquals("never", CompareViewModel.fmt(null, 2));
        assertEquals("1,234.50", CompareViewModel.fmt(1234.5, 2));
    }
}
