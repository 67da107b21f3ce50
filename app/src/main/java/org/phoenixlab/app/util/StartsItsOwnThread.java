package org.phoenixlab.app.util;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one exception to "long work goes through the TaskExecutor": a class that must start a thread of
 * its own, for a reason that is not long work (a shutdown hook, a watchdog on the start itself). The
 * architecture test lets it through; {@link #value()} says why.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StartsItsOwnThread {
    /** Why this class cannot use the executor. */
    String value();
}
