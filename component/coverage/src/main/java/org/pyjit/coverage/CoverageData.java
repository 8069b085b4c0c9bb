package org.pyjit.coverage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.LoadSourceSectionEvent;
import com.oracle.truffle.api.instrumentation.StandardTags.RootTag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/** What was loaded and what ran, per source. Guest threads may report concurrently. */
final class CoverageData {
    /** The statements and functions of one source. */
    static final class SourceCoverage {
        final Source source;
        final Set<SourceSection> statements = new LinkedHashSet<>();
        final Set<SourceSection> statementsRun = new LinkedHashSet<>();
        /** Function sections and their names, in load order. */
        final Map<SourceSection, String> functions = new LinkedHashMap<>();
        final Set<SourceSection> functionsCalled = new LinkedHashSet<>();

        SourceCoverage(Source source) {
            this.source = source;
        }
    }

    private final Map<Source, SourceCoverage> sources = new HashMap<>();

    void loaded(LoadSourceSectionEvent event) {
        record(event.getSourceSection(), event.getNode(), false);
    }

    @TruffleBoundary
    void ran(SourceSection section, Node node) {
        record(section, node, true);
    }

    private synchronized void record(SourceSection section, Node node, boolean ran) {
        if (section == null || !section.isAvailable()) {
            return;
        }
        SourceCoverage coverage = sources.computeIfAbsent(section.getSource(), SourceCoverage::new);
        if (node instanceof InstrumentableNode instrumentable && instrumentable.hasTag(RootTag.class)) {
            if (isWholeSource(section)) {
                return; // the top level of a script is not a function
            }
            RootNode root = node.getRootNode();
            coverage.functions.putIfAbsent(section, root != null && root.getName() != null ? root.getName() : "<unnamed>");
            if (ran) {
                coverage.functionsCalled.add(section);
            }
        } else {
            coverage.statements.add(section);
            if (ran) {
                coverage.statementsRun.add(section);
            }
        }
    }

    private static boolean isWholeSource(SourceSection section) {
        return section.getCharIndex() == 0 && section.getCharEndIndex() >= section.getSource().getLength() - 1;
    }

    synchronized Map<Source, SourceCoverage> snapshot() {
        return new HashMap<>(sources);
    }
}
