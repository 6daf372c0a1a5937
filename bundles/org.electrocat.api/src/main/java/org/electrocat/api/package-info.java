/**
 * The extension points of ElectroCat. A technique plugin is an OSGi bundle that registers
 * implementations of these interfaces as services (Declarative Services {@code @Component}s are
 * the simplest way); the runtime, the command line and the workbench discover them through the
 * service registry, so installing or removing a bundle adds or removes its formats and analyses.
 *
 * <ul>
 *   <li>{@link org.electrocat.api.Technique}: names a technique (echem, vibspec ...);</li>
 *   <li>{@link org.electrocat.api.DatasetReader} / {@link org.electrocat.api.DatasetWriter}: file formats;</li>
 *   <li>{@link org.electrocat.api.Analysis}: a processing step with typed parameters;</li>
 *   <li>{@link org.electrocat.api.ChartContributor} and {@link org.electrocat.api.ReportSection}:
 *       turn a {@link org.electrocat.api.Result} into charts and report blocks.</li>
 * </ul>
 *
 * <p>The package follows semantic versioning: a plugin built against 1.x imports
 * {@code org.electrocat.api;version="[1.0,2)"}. The data model the contracts speak (datasets,
 * units, potential scales, provenance) lives in {@code org.electrocat.core}, versioned the same way.
 * See {@code docs/plugin-guide.md}.
 */
package org.electrocat.api;
