package org.phoenixlab.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binary form of each style sheet, which JavaFX reads instead of the sheet, is the sheet as it is now:
 * a sheet edited without its binary made again would style the program with yesterday's rules.
 */
class BinaryStyleSheetsTest {
    @TempDir
    Path dir;

    /** Every sheet of the module (a sheet added later is checked too), by name without ".css". */
    static List<String> sheets() throws IOException, URISyntaxException {
        Path dir = Path.of(Assets.class.getResource("phoenix.css").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    @Test
    void everySheetIsChecked() throws IOException, URISyntaxException {
        assertTrue(sheets().containsAll(List.of("phoenix", "phoenix-dark", "phoenix-high-contrast", "compare")), sheets().toString());
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void theBinaryFormIsTheSheetAsItIsNow(String name) throws IOException, URISyntaxException {
        URL css = Assets.class.getResource(name + ".css");
        URL bss = Assets.class.getResource(name + ".bss");
        assertNotNull(css, name + ".css");
        assertNotNull(bss, name + ".bss is made by the build beside " + name + ".css");
        File fresh = dir.resolve(name + ".bss").toFile();
        Stylesheet.convertToBinary(new File(css.toURI()), fresh);
        // Read back, not compared byte for byte: the converter writes a selector's pseudo-classes in the order
        // this JVM first met them, so the same sheet can give other bytes in another JVM.
        List<Rule> now = Stylesheet.loadBinary(fresh.toURI().toURL()).getRules();
        List<Rule> shipped = Stylesheet.loadBinary(bss).getRules();
        assertFalse(shipped.isEmpty(), name + ".bss has rules");
        assertEquals(now.size(), shipped.size(), "rules in " + name + ".bss against " + name + ".css as it is now");
        for (int i = 0; i < now.size(); i++) {
            assertEquals(now.get(i).getSelectors().toString(), shipped.get(i).getSelectors().toString(),
                    "selectors of rule " + (i + 1) + " of " + name);
            assertEquals(now.get(i).getDeclarations().toString(), shipped.get(i).getDeclarations().toString(),
                    "declarations of rule " + (i + 1) + " of " + name);
        }
    }
}
