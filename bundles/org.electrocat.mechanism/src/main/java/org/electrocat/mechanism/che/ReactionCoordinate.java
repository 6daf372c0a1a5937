package org.electrocat.mechanism.che;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A common reaction coordinate for pathways whose intermediates differ: the state sequences are
 * merged in order (a state one pathway has and another lacks is inserted after the state that
 * precedes it), so that equal states share a position. When the pathways order shared states
 * differently no merge exists; then positions are plain step numbers labelled with every state
 * found there ({@code *NO2 / *NO}).
 */
public final class ReactionCoordinate {

    private final List<String> labels;
    private final boolean merged;

    private ReactionCoordinate(List<String> labels, boolean merged) {
        this.labels = labels;
        this.merged = merged;
    }

    /** The coordinate shared by pathways with these state sequences. */
    public static ReactionCoordinate merge(List<List<String>> sequences) {
        List<String> union = new ArrayList<>();
        for (List<String> seq : sequences) {
            int pos = -1;
            for (String s : seq) {
                int at = union.indexOf(s);
                if (at < 0) {
                    union.add(pos + 1, s);
                    pos = pos + 1;
                } else {
                    pos = at;
                }
            }
        }
        for (List<String> seq : sequences) {
            int last = -1;
            Set<String> seen = new LinkedHashSet<>();
            for (String s : seq) {
                int at = union.indexOf(s);
                if (at <= last || !seen.add(s)) {
                    return positional(sequences);
                }
                last = at;
            }
        }
        return new ReactionCoordinate(union, true);
    }

    private static ReactionCoordinate positional(List<List<String>> sequences) {
        int n = sequences.stream().mapToInt(List::size).max().orElse(0);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> here = new LinkedHashSet<>();
            for (List<String> seq : sequences) {
                if (i < seq.size()) {
                    here.add(seq.get(i));
                }
            }
            labels.add(String.join(" / ", here));
        }
        return new ReactionCoordinate(labels, false);
    }

    /** Labels along the coordinate. */
    public List<String> labels() {
        return labels;
    }

    /** Position of state {@code index} of a pathway with the given states. */
    public int position(List<String> states, int index) {
        return merged ? labels.indexOf(states.get(index)) : index;
    }

    /** The pathway's levels spread over the coordinate, NaN where it has no state. */
    public double[] place(List<String> states, double[] levels) {
        double[] out = new double[labels.size()];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < states.size(); i++) {
            out[position(states, i)] = levels[i];
        }
        return out;
    }
}
