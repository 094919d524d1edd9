package org.treatyarchive.archiving;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The domain's packages depend one way: archiving → review → agreement. A cycle between agreement
 * and review made every change to one a change to the other; this keeps it from coming back.
 */
class PackageDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java/org/treatyarchive");

    private static List<String> importsOf(String pkg, String forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    return Files.readAllLines(file).stream().filter(line -> line.startsWith("import org.treatyarchive." + forbidden + "."))
                            .map(line -> file.getFileName() + ": " + line);
                } catch (IOException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            }).toList();
        }
    }

    @Test
    void agreementKnowsNeitherReviewNorArchiving() throws IOException {
        assertEquals(List.of(), importsOf("agreement", "review"));
        assertEquals(List.of(), importsOf("agreement", "archiving"));
    }

    @Test
    void reviewDoesNotKnowTheServicesAboveIt() throws IOException {
        assertEquals(List.of(), importsOf("review", "archiving"));
    }
}
