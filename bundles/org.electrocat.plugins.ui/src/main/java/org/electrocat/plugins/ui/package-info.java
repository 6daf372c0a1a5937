/**
 * Plugin management in the workbench: the menu item <em>Plugins ▸ Manage plugins…</em>
 * ({@link org.electrocat.plugins.ui.ManagePluginsAction}), its dialog
 * ({@link org.electrocat.plugins.ui.PluginsDialog}) and the headless model behind it
 * ({@link org.electrocat.plugins.ui.PluginsModel}) over {@code org.electrocat.plugins.PluginManager}.
 */
package org.electrocat.plugins.ui;
