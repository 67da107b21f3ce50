package org.phoenixlab.engine.archfixture;

/** A planted violation: text formatted in the default locale (Turkish grouping, Thai digits). */
public final class FormatsInTheDefaultLocale {
    public String figure(long n) {
        return String.format("%,d", n) + "ID".toLowerCase();
    }
}
