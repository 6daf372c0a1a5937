/**
 * Plugin management: {@link org.electrocat.plugins.PluginManager} installs, updates and removes
 * technique plugins (features of a p2 repository) in the running platform. Internals: reading p2
 * repositories ({@code p2}), bundle manifests as OSGi resources ({@code resource}), resolution
 * with the OSGi Resolver service ({@code resolve}) and the framework side ({@code internal}).
 */
package org.electrocat.plugins;
