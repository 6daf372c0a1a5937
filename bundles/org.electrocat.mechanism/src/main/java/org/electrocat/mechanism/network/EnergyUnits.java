package org.electrocat.mechanism.network;

import java.util.Locale;

/**
 * Energy units a network file may use, as factors to eV per particle: eV, meV, kJ/mol
 * (1 eV = 96.48533212 kJ/mol, i.e. e·N_A = F, CODATA 2018 exact) and kcal/mol (thermochemical
 * calorie, 4.184 J).
 */
final class EnergyUnits {

    /** kJ/mol per eV: F/1000. */
    static final double KJ_PER_MOL_PER_EV = 96.48533212;

    private EnergyUnits() {
    }

    /** Factor from {@code unit} to eV, or NaN when the unit is not an energy unit this reader knows. */
    static double toEv(String unit) {
        switch (unit.trim().toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "ev":
                return 1;
            case "mev":
                return 1e-3;
            case "kj/mol":
            case "kjmol-1":
                return 1 / KJ_PER_MOL_PER_EV;
            case "kcal/mol":
            case "kcalmol-1":
                return 4.184 / KJ_PER_MOL_PER_EV;
            default:
                return Double.NaN;
        }
    }
}
