/**
 * Workbench views of the mechanism plugin: {@link org.electrocat.mechanism.ui.FreeEnergyDiagramView}
 * (step diagrams of {@code mechanism.che} results at 0 V, the applied or the limiting potential,
 * pathways overlaid, potential-determining steps highlighted) and
 * {@link org.electrocat.mechanism.ui.KineticCascadeView} (FE against potential of
 * {@code mechanism.kinetics} results, model with the measured points). Registered as
 * {@code org.electrocat.ui.api.WorkbenchView} services; they draw what the results hold.
 */
package org.electrocat.mechanism.ui;
