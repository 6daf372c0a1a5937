package org.electrocat.ui.swing;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/**
 * Accepts files dropped from the desktop's file manager (a list of files) and hands their paths
 * on; the workbench then opens each as a raw file, study or session, by its content.
 */
final class FileDrop extends TransferHandler {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<List<Path>> open;

    FileDrop(Consumer<List<Path>> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = new ArrayList<>();
            for (Object o : files) {
                if (o instanceof File f) {
                    paths.add(f.toPath());
                }
            }
            if (paths.isEmpty()) {
                return false;
            }
            open.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
