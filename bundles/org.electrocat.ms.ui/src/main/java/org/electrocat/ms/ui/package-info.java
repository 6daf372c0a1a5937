/**
 * Workbench views of the mass spectrometry plugin: {@link org.electrocat.ms.ui.IsotopeOverlayView}
 * (calculated isotope pattern against the measured spectrum, assigned peaks labelled) and
 * {@link org.electrocat.ms.ui.MassSpectrumView} (a spectrum as read, profile or centroid). They
 * register as {@code org.electrocat.ui.api.WorkbenchView} services and draw only what datasets and
 * results hold.
 */
package org.electrocat.ms.ui;
