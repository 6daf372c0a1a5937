package org.electrocat.plugins.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.service.resolver.Resolver;

/**
 * A real OSGi framework for tests (whichever {@link FrameworkFactory} the test class path has:
 * Eclipse Equinox here), with throw-away storage, and the Apache Felix resolver it embeds.
 */
public final class EmbeddedFramework implements AutoCloseable {

    private final Framework framework;

    public EmbeddedFramework(Path storage, Map<String, String> properties) throws Exception {
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("osgi.configuration.area", storage.resolve("configuration").toString());
        config.put("eclipse.log.enabled", "false");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the test class path"));
        framework = factory.newFramework(config);
        framework.start();
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * The Apache Felix resolver (the implementation the org.apache.felix.resolver bundle
     * registers as the OSGi Resolver service); the frameworks embed the same classes. Created
     * reflectively because its package is not exported.
     */
    public static Resolver felixResolver() throws ReflectiveOperationException {
        Class<?> loggerClass = Class.forName("org.apache.felix.resolver.Logger");
        Object logger = loggerClass.getConstructor(int.class).newInstance(0);
        return (Resolver) Class.forName("org.apache.felix.resolver.ResolverImpl").getConstructor(loggerClass)
                .newInstance(logger);
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
