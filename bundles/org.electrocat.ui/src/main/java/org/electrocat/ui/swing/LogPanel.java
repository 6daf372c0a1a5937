package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.Font;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;

/** The workbench's log: one time-stamped line per event, newest at the bottom, bounded in length. */
public final class LogPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LINES = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JTextArea text = new JTextArea(6, 80);

    public LogPanel() {
        super(new BorderLayout());
        setName("log");
        text.setEditable(false);
        text.setName("log.text");
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        add(new JScrollPane(text), BorderLayout.CENTER);
    }

    /** Appends a line; callable from any thread. */
    public void log(String message) {
        String line = LocalTime.now().format(TIME) + "  " + message + "\n";
        if (SwingUtilities.isEventDispatchThread()) {
            append(line);
        } else {
            SwingUtilities.invokeLater(() -> append(line));
        }
    }

    private void append(String line) {
        text.append(line);
        int excess = text.getLineCount() - MAX_LINES;
        if (excess > 0) {
            try {
                text.replaceRange("", 0, text.getLineEndOffset(excess - 1));
            } catch (BadLocationException e) {
                text.setText(line);
            }
        }
        text.setCaretPosition(text.getDocument().getLength());
    }

    /** The whole log text (for tests and copying). */
    public String text() {
        return text.getText();
    }
}
