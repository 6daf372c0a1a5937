/**
 * The workbench's extension points: a technique's {@code .ui} bundle registers
 * {@link org.electrocat.ui.api.WorkbenchView}s (views and editors for dataset kinds or analysis
 * results) and {@link org.electrocat.ui.api.WorkbenchAction}s (menu items) as OSGi services; the
 * workbench tracks them, so a plugin's views and menus appear and disappear with its bundles.
 * Views receive a {@link org.electrocat.ui.api.ViewInput} and a
 * {@link org.electrocat.ui.api.WorkbenchContext} and return a {@link org.electrocat.ui.api.ViewPart}.
 *
 * <p>Semantically versioned: a plugin imports {@code org.electrocat.ui.api;version="[1.0,2)"}.
 */
package org.electrocat.ui.api;
