package org.electrocat.core.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A study: the raw files of an investigation, the analyses to run on them and where the outputs
 * go. Read from a YAML study file by the runtime; see {@code docs/study-format.md}.
 *
 * @param name        title of the study (report heading)
 * @param description free text for the report
 * @param baseDir     folder that relative dataset paths are resolved against (the study file's folder)
 * @param conditions  shared experimental conditions ({@code pH}, {@code temperature}, {@code reference} ...)
 * @param datasets    the raw files
 * @param analyses    the analysis steps, run in order
 * @param output      where and what to write
 */
public record Study(String name, String description, Path baseDir, Map<String, String> conditions,
        List<DatasetRef> datasets, List<AnalysisStep> analyses, OutputSpec output) {

    public Study {
        Objects.requireNonNull(name, "study name");
        Objects.requireNonNull(baseDir, "baseDir");
        conditions = Map.copyOf(conditions);
        datasets = List.copyOf(datasets);
        analyses = List.copyOf(analyses);
        Objects.requireNonNull(output, "output");
    }

    /**
     * A raw file of the study.
     *
     * @param id        identifier that analysis steps use as input
     * @param path      file path as written in the study (relative to the study folder)
     * @param reader    reader id, or {@code null} to detect the format from the content
     * @param technique technique the file belongs to (used to name a missing plugin), or {@code null}
     * @param options   reader options (column mapping, reference electrode ...)
     */
    public record DatasetRef(String id, String path, String reader, String technique, Map<String, String> options) {
        public DatasetRef {
            Objects.requireNonNull(id, "dataset id");
            Objects.requireNonNull(path, "path of dataset " + id);
            options = Map.copyOf(options);
        }
    }

    /**
     * One analysis to run.
     *
     * @param id         step id (names the result; later steps may use it as input)
     * @param analysis   analysis id, e.g. {@code echem.cdl}
     * @param technique  technique that provides the analysis, or {@code null} (derived from the id prefix)
     * @param inputs     dataset ids or earlier step ids
     * @param parameters parameter values as text ({@code "0.197 V"}, {@code "40 uF/cm2"})
     */
    public record AnalysisStep(String id, String analysis, String technique, List<String> inputs,
            Map<String, String> parameters) {
        public AnalysisStep {
            Objects.requireNonNull(id, "step id");
            Objects.requireNonNull(analysis, "analysis of step " + id);
            inputs = List.copyOf(inputs);
            parameters = Map.copyOf(parameters);
        }

        /** The technique named explicitly, else the analysis id's prefix before the first dot. */
        public String techniqueOrPrefix() {
            if (technique != null) {
                return technique;
            }
            int dot = analysis.indexOf('.');
            return dot > 0 ? analysis.substring(0, dot) : analysis;
        }
    }

    /**
     * Outputs of a study run.
     *
     * @param directory folder for report.html, results.json, tables/*.csv, charts
     * @param formats   subset of {@code html}, {@code json}, {@code csv}, {@code png}, {@code svg}
     */
    public record OutputSpec(String directory, List<String> formats) {
        public OutputSpec {
            Objects.requireNonNull(directory, "output directory");
            formats = List.copyOf(formats);
        }
    }
}
