package org.electrocat.plugins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.electrocat.plugins.PluginException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;

/**
 * What the plugin manager does to the running framework: install bundles from files (with
 * {@code reference:} locations, as the launcher does, so the jar is used in place), resolve and
 * start them, uninstall, and refresh the wiring (OSGi Core R8 10.3 {@code FrameworkWiring}) so
 * that bundles wired to removed ones let go of them without a restart.
 */
final class FrameworkOps {

    /** How long to wait for a refresh or for Declarative Services to register a new bundle's components. */
    static final long WAIT_MS = 30_000;

    private FrameworkOps() {
    }

    /** The framework's resolved bundle revisions with their wirings, system bundle first; {@code except} left out. */
    static Map<Resource, Wiring> wirings(BundleContext ctx, Collection<Bundle> except) {
        Map<Resource, Wiring> out = new LinkedHashMap<>();
        for (Bundle b : ctx.getBundles()) {
            if (except.contains(b)) {
                continue;
            }
            BundleWiring w = b.adapt(BundleWiring.class);
            if (w != null && w.isInUse()) {
                out.put(w.getRevision(), w);
            }
        }
        return out;
    }

    /** The installed bundle with this name and version, or {@code null}. */
    static Bundle find(BundleContext ctx, String symbolicName, Version version) {
        for (Bundle b : ctx.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName()) && version.equals(b.getVersion())) {
                return b;
            }
        }
        return null;
    }

    /** The file a bundle was installed from, if its location is a (reference:) file URL. */
    static Path file(Bundle b) {
        String loc = b.getLocation();
        if (loc.startsWith("reference:")) {
            loc = loc.substring("reference:".length());
        }
        try {
            return loc.startsWith("file:") ? Path.of(URI.create(loc)).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Installs the files as bundles, resolves them together and starts the ones that are not
     * fragments. On any failure everything installed here is uninstalled again.
     */
    static List<Bundle> installAndStart(BundleContext ctx, List<Path> files) throws PluginException {
        List<Bundle> bundles = new ArrayList<>();
        try {
            for (Path f : files) {
                bundles.add(ctx.installBundle("reference:" + f.toUri()));
            }
            FrameworkWiring fw = ctx.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
            if (!fw.resolveBundles(bundles)) {
                List<String> unresolved = new ArrayList<>();
                for (Bundle b : bundles) {
                    if (b.getState() == Bundle.INSTALLED) {
                        unresolved.add(b.getSymbolicName() + " " + b.getVersion());
                    }
                }
                throw new PluginException(PluginException.Reason.UNRESOLVABLE, "the framework could not resolve "
                        + String.join(", ", unresolved));
            }
            for (Bundle b : bundles) {
                if ((b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                    b.start();
                }
            }
            return bundles;
        } catch (BundleException | RuntimeException | PluginException e) {
            uninstall(bundles);
            refresh(ctx, bundles);
            if (e instanceof PluginException pe) {
                throw pe;
            }
            throw new PluginException(PluginException.Reason.START_FAILED, "cannot start the plugin: " + e.getMessage()
                    + " (installation rolled back)", e);
        }
    }

    /** Stops and uninstalls; a bundle that refuses is reported in the returned list. */
    static List<String> uninstall(Collection<Bundle> bundles) {
        List<String> problems = new ArrayList<>();
        for (Bundle b : bundles) {
            try {
                if (b.getState() != Bundle.UNINSTALLED) {
                    b.uninstall();
                }
            } catch (BundleException | IllegalStateException e) {
                problems.add(b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Refreshes the wiring of {@code bundles} and everything wired to them, and waits for it.
     *
     * @return true when the refresh finished and no removed bundle is still pending removal
     */
    static boolean refresh(BundleContext ctx, Collection<Bundle> bundles) {
        FrameworkWiring fw = ctx.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        CountDownLatch done = new CountDownLatch(1);
        fw.refreshBundles(bundles, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        });
        try {
            if (!done.await(WAIT_MS, TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return fw.getRemovalPendingBundles().isEmpty();
    }

    /**
     * Waits until every started bundle that declares Declarative Services components has
     * registered at least one service, so the caller sees the plugin's contributions at once.
     *
     * @return the bundles that had not registered any service when the wait ended
     */
    static List<Bundle> awaitComponents(List<Bundle> bundles, long timeoutMs) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        List<Bundle> waiting = new ArrayList<>();
        for (Bundle b : bundles) {
            if (b.getState() == Bundle.ACTIVE && b.getHeaders().get("Service-Component") != null) {
                waiting.add(b);
            }
        }
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            waiting.removeIf(b -> b.getRegisteredServices() != null && b.getRegisteredServices().length > 0);
            if (!waiting.isEmpty()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return waiting;
    }
}
