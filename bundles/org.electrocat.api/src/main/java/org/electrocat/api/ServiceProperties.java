package org.electrocat.api;

/**
 * Service property keys every ElectroCat service should publish, so that tools can list and filter
 * contributions without loading their classes (e.g. {@code (electrocat.technique=echem)}).
 */
public final class ServiceProperties {
    /** Unique id of the contribution, e.g. {@code echem.biologic.mpt} or {@code echem.cdl}. */
    public static final String ID = "electrocat.id";
    /** Technique id the contribution belongs to, e.g. {@code echem}. */
    public static final String TECHNIQUE = "electrocat.technique";

    private ServiceProperties() {
    }
}
