package org.electrocat.mechanism;

import org.electrocat.api.Analysis;

/** What the mechanism analyses share: their technique and the version recorded in provenance. */
public abstract class MechanismAnalysis implements Analysis {

    @Override
    public final String technique() {
        return MechanismTechnique.ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }
}
