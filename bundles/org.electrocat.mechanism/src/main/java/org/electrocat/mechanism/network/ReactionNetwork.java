package org.electrocat.mechanism.network;

import java.util.List;
import java.util.Objects;

/**
 * A reaction-network file as read: its pathways (one per catalyst site) and what the file says
 * about itself.
 *
 * @param title            title of the network
 * @param source           where the energies come from (citation, calculation set), may be empty
 * @param basis            meaning of the intermediates' energies
 * @param pathways         one per catalyst site, in file order
 * @param illustrative     true when any value is illustrative (not published or computed)
 * @param illustrativeNote what the file says about its illustrative values, may be empty
 */
public record ReactionNetwork(String title, String source, EnergyBasis basis, List<Pathway> pathways,
        boolean illustrative, String illustrativeNote) {

    public ReactionNetwork {
        Objects.requireNonNull(title, "title");
        source = source == null ? "" : source;
        Objects.requireNonNull(basis, "basis");
        pathways = List.copyOf(pathways);
        illustrativeNote = illustrativeNote == null ? "" : illustrativeNote;
    }
}
