package org.electrocat.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void launcherOptionsStopAtTheCommand() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"--framework", "equinox", "--bundles", "/x", "run",
            "--framework", "s.yaml"}, Map.of());
        assertEquals("equinox", o.framework());
        assertEquals(List.of(Path.of("/x")), o.extraBundleDirs());
        assertEquals(List.of("run", "--framework", "s.yaml"), o.commandArgs());
    }

    @Test
    void felixIsTheDefaultAndEnvironmentCanChooseEquinox() {
        assertEquals("felix", LaunchOptions.parse(new String[] {"formats"}, Map.of()).framework());
        assertEquals("equinox", LaunchOptions.parse(new String[] {}, Map.of("ELECTROCAT_FRAMEWORK", "equinox")).framework());
    }

    @Test
    void userFolderFromPropertyThenEnvironmentThenHome() {
        Map<String, String> props = Map.of("user.home", "/home/u", "electrocat.user", "/p");
        assertEquals(Path.of("/p"), LaunchOptions.parse(new String[] {}, Map.of("ELECTROCAT_USER_DIR", "/e"), props::get).userDir());
        assertEquals(Path.of("/e"), LaunchOptions.parse(new String[] {}, Map.of("ELECTROCAT_USER_DIR", "/e"),
                Map.of("user.home", "/home/u")::get).userDir());
        assertEquals(Path.of("/home/u/.electrocat"), LaunchOptions.parse(new String[] {}, Map.of(),
                Map.of("user.home", "/home/u")::get).userDir());
    }

    @Test
    void unknownFrameworkIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(new String[] {"--framework=karaf", "run"}, Map.of()));
        assertTrue(e.getMessage().contains("karaf"));
    }
}
