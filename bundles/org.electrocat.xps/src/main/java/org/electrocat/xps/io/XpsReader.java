package org.electrocat.xps.io;

import java.util.List;
import org.electrocat.api.DatasetReader;
import org.electrocat.xps.XpsTechnique;

/** What every reader of this plugin shares: its id, label, extensions, technique and version. */
abstract class XpsReader implements DatasetReader {

    private final String id;
    private final String label;
    private final List<String> extensions;

    XpsReader(String id, String label, String... extensions) {
        this.id = id;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final String technique() {
        return XpsTechnique.ID;
    }

    @Override
    public final String version() {
        return XpsTechnique.VERSION;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }
}
