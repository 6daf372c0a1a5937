package org.electrocat.ui.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.Locale;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;

/**
 * The workbench's look and feel: FlatLaf, light or dark. Charts keep the house style (white
 * background) in both themes, because they are exported as they are shown.
 */
public final class Themes {

    /** Light theme id. */
    public static final String LIGHT = "light";
    /** Dark theme id. */
    public static final String DARK = "dark";

    private Themes() {
    }

    /** {@code light} or {@code dark}; anything else is light. */
    public static String normalise(String theme) {
        return theme != null && theme.trim().toLowerCase(Locale.ROOT).equals(DARK) ? DARK : LIGHT;
    }

    /**
     * Installs the theme; call on the event dispatch thread, then update open windows with
     * {@link FlatLaf#updateUI()}.
     */
    public static void install(String theme) {
        FlatLaf laf = DARK.equals(normalise(theme)) ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (UnsupportedLookAndFeelException e) {
            throw new IllegalStateException("FlatLaf is not supported on this platform", e);
        }
        // Swing loads UI delegates through this class loader; under OSGi the context class loader
        // cannot see FlatLaf's bundle, so name the look and feel's own loader.
        UIManager.put("ClassLoader", laf.getClass().getClassLoader());
        UIManager.put("TabbedPane.showTabSeparators", Boolean.TRUE);
        UIManager.put("Tree.showDefaultIcons", Boolean.TRUE);
    }

    /** Switches the theme of every open window. */
    public static void switchTo(String theme) {
        install(theme);
        FlatLaf.updateUI();
    }

    /** The theme currently installed. */
    public static String current() {
        return UIManager.getLookAndFeel() instanceof FlatLaf f && f.isDark() ? DARK : LIGHT;
    }
}
