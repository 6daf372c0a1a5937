package org.electrocat.ui.swing;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.electrocat.api.CancelledException;
import org.electrocat.api.ProgressMonitor;

/**
 * Runs long work (reading files, analyses, studies, reports) on a {@link SwingWorker} so the
 * window stays responsive, with a progress bar, the current sub-task and a Cancel button. The work
 * gets a {@link ProgressMonitor} whose {@code isCancelled} turns true when the user presses Cancel;
 * analyses poll it and stop with a {@link CancelledException}. One task runs at a time.
 */
public final class TaskRunner extends JPanel {
    private static final long serialVersionUID = 1L;

    /** Work to run in the background. */
    @FunctionalInterface
    public interface Task<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    private final JProgressBar bar = new JProgressBar();
    private final JLabel label = new JLabel("Ready");
    private final JButton cancel = new JButton("Cancel");
    private final Consumer<String> log;
    private volatile Monitor current;
    private boolean running;

    public TaskRunner(Consumer<String> log) {
        super(new BorderLayout(8, 0));
        this.log = log;
        setName("tasks");
        bar.setName("tasks.progress");
        cancel.setName("tasks.cancel");
        label.setName("tasks.label");
        bar.setPreferredSize(new java.awt.Dimension(220, bar.getPreferredSize().height));
        cancel.setEnabled(false);
        cancel.addActionListener(e -> cancel());
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.add(bar);
        right.add(cancel);
        add(label, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
    }

    /** True while a task runs, until its completion has been handled (event dispatch thread). */
    public boolean busy() {
        return running;
    }

    /** Asks the running task to stop. */
    public void cancel() {
        Monitor m = current;
        if (m != null) {
            m.cancelled = true;
            label.setText(label.getText() + " — cancelling…");
        }
    }

    /**
     * Starts a task (call on the event dispatch thread). {@code onDone} and {@code onFailure} run on
     * the event dispatch thread; a cancelled task calls neither and logs that it was cancelled.
     *
     * @return false when another task is still running (nothing started)
     */
    public <T> boolean start(String title, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        if (busy()) {
            log.accept("Busy: wait for \"" + label.getText() + "\" to finish or cancel it");
            return false;
        }
        Monitor monitor = new Monitor();
        current = monitor;
        label.setText(title);
        bar.setIndeterminate(true);
        cancel.setEnabled(true);
        SwingWorker<T, Object> w = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return task.run(monitor);
            }

            @Override
            protected void done() {
                running = false;
                current = null;
                cancel.setEnabled(false);
                bar.setIndeterminate(false);
                bar.setValue(0);
                try {
                    T value = get();
                    label.setText("Ready");
                    onDone.accept(value);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof CancelledException) {
                        label.setText("Cancelled");
                        log.accept(title + ": cancelled");
                    } else {
                        label.setText("Failed: " + title);
                        onFailure.accept(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        running = true;
        w.execute();
        return true;
    }

    /**
     * The monitor handed to tasks. The bar follows the most recent {@code begin}: a study begins
     * with its steps, then the long analysis inside a step begins with its own units of work, and
     * that inner progress is the one worth watching.
     */
    private final class Monitor implements ProgressMonitor {
        volatile boolean cancelled;
        private long total = -1;
        private long done;
        private String task = "";

        @Override
        public synchronized void begin(String name, long totalWork) {
            total = totalWork;
            done = 0;
            task = name;
            show(name);
        }

        @Override
        public synchronized void worked(long units) {
            done += units;
            show(null);
        }

        @Override
        public synchronized void subTask(String name) {
            show(task.isEmpty() ? name : task + ": " + name);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        private void show(String text) {
            long t = total;
            long d = done;
            SwingUtilities.invokeLater(() -> {
                if (current != this) {
                    return;
                }
                if (text != null && !cancelled) {
                    label.setText(text);
                }
                bar.setIndeterminate(t <= 0);
                if (t > 0) {
                    bar.setMaximum((int) Math.min(Integer.MAX_VALUE, t));
                    bar.setValue((int) Math.min(t, d));
                }
            });
        }
    }

    /** Components, for tests: the progress bar, the label and the cancel button. */
    List<java.awt.Component> parts() {
        return List.of(bar, label, cancel);
    }
}
