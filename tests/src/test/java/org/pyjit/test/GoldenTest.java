package org.pyjit.test;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole golden corpus ({@code src/test/resources/golden}), one dynamic test per program, named
 * {@code AREA/NAME}. What is checked is described in {@link GoldenTestSupport}; run it with
 * {@code mvn -o test -pl tests} (options for every context: {@code -Dpyjit.test.options=N=V,...}).
 */
class GoldenTest extends GoldenTestSupport {
    @TestFactory
    Stream<DynamicTest> golden() {
        return tests(GoldenCorpus.programs(), Map.of());
    }
}
