package org.phoenixlab.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.phoenixlab.engine.sim.Simulation;

/**
 * The longest legal run in a JVM of its own, started by {@code bench} with {@code -Xmx256m}: it prints
 * the most heap found in use after any garbage collection (what the run really holds), the wall time
 * and the trace's size, as one line of numbers. Run out of memory and it exits with status 3.
 */
final class BenchLongRun {
    private BenchLongRun() {
    }

    public static void main(String[] args) {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        try {
            long t0 = System.nanoTime();
            Simulation sim = new Simulation(Bench.longestLegalRun());
            sim.run();
            String digest = sim.trace().digest();
            double wall = (System.nanoTime() - t0) / 1e6;
            System.gc();
            long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println(Math.max(peak.get(), after) + " " + Math.round(wall) + " " + sim.trace().size() + " "
                    + sim.trace().footprintBytes() + " " + digest);
        } catch (OutOfMemoryError e) {
            System.exit(3);
        }
    }
}
