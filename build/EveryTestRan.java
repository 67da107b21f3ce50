import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fails the build when a test class was compiled but not run: every class in a module's test
 * classes that carries a JUnit or jqwik test annotation must have a surefire report. (A class whose
 * name surefire's patterns do not match, such as the jqwik properties before, passes silently
 * otherwise.) Run by the build after the tests, as a single-file program:
 * {@code java build/EveryTestRan.java TEST_CLASSES SUREFIRE_REPORTS [MARKER]}; exit 1 with the list when
 * a class was not run. With MARKER (a file the build touches before the tests), a report older than
 * it is left over from an earlier build and does not count.
 */
public final class EveryTestRan {
    /** Annotation descriptors as they appear in a class file's constant pool. */
    private static final String[] TEST_ANNOTATIONS = {
        "Lorg/junit/jupiter/api/Test;", "Lorg/junit/jupiter/params/ParameterizedTest;",
        "Lorg/junit/jupiter/api/RepeatedTest;", "Lorg/junit/jupiter/api/TestFactory;",
        "Lorg/junit/jupiter/api/TestTemplate;", "Lnet/jqwik/api/Property;", "Lnet/jqwik/api/Example;"
    };

    private EveryTestRan() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        long since = args.length > 2 && Files.exists(Path.of(args[2])) ? Files.getLastModifiedTime(Path.of(args[2])).toMillis() : 0;
        List<String> notRun = notRun(classes, reports, since);
        if (!notRun.isEmpty()) {
            System.err.println("[ERROR] These test classes were compiled but not run (rename them to end in Test, Tests or"
                    + " Properties, or fix the surefire includes): " + String.join(", ", notRun));
            System.exit(1);
        }
        System.out.println("[INFO] every test class of " + classes + " was run");
    }

    static List<String> notRun(Path classes, Path reports, long since) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                boolean isTest = false;
                for (String a : TEST_ANNOTATIONS) {
                    isTest |= text.contains(a);
                }
                String rel = classes.relativize(f).toString();
                String name = rel.substring(0, rel.length() - ".class".length()).replace('/', '.').replace('\\', '.');
                Path report = reports.resolve("TEST-" + name + ".xml");
                if (isTest && (!Files.exists(report) || Files.getLastModifiedTime(report).toMillis() < since)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
