package org.pyjit.language.jit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Context-wide tier 2 counters and the report JITStats prints when the context exits. */
final class JitStats {
    long tier1Iterations;
    boolean printed;

    void print(PrintStream err, List<CompiledRegion> regions, List<String> refused, long setupNanos) {
        long stencils = 0;
        long bytes = 0;
        long mapped = 0;
        long nativeIterations = 0;
        long[] compile = new long[regions.size()];
        int n = 0;
        for (CompiledRegion r : regions) {
            stencils += r.stencils;
            bytes += r.codeBytes;
            mapped += r.code().mappedBytes();
            if (r instanceof LoopRegion) {
                nativeIterations += r.nativeWork;
            }
            compile[n++] = r.compileNanos;
        }
        Arrays.sort(compile);
        double median = compile.length == 0 ? 0 : compile[compile.length / 2] / 1000.0;
        err.printf("[pyjit tier 2] regions compiled: %d, stencils emitted: %d, code bytes: %d (%d mapped), median compile time %.1f us%n", regions.size(), stencils,
                        bytes, mapped, median);
        if (setupNanos > 0) {
            // Once per context, at the first compilation; no region's compile time includes it.
            err.printf("[pyjit tier 2] set-up (stencils, NFI's libc binding, first code pages): %.1f ms%n", setupNanos / 1e6);
        }
        for (CompiledRegion r : regions) {
            StringBuilder exits = new StringBuilder();
            for (int k = 2; k < r.exits.length; k++) {
                if (r.exits[k] > 0 && !LoopCompiler.isLive(k)) {
                    exits.append(exits.isEmpty() ? "" : ", ").append(LoopCompiler.EXIT_NAMES[k]).append('=').append(r.exits[k]);
                }
            }
            if (r.refusals > 0) {
                exits.append(exits.isEmpty() ? "" : ", ").append("type at entry=").append(r.refusals);
            }
            String calls = r instanceof LoopRegion l && l.nativeCalls > 0 ? ", native calls " + l.nativeCalls : "";
            err.printf("[pyjit tier 2]   %s: %d stencils, %d bytes, compiled in %.1f us; entries %d, %s %d%s, side exits: %s%s%n", r.name, r.stencils,
                            r.codeBytes, r.compileNanos / 1000.0, r.entries, r.workName(), r.nativeWork, calls, exits.isEmpty() ? "none" : exits,
                            r.givenUp ? " (given up)" : "");
        }
        long total = nativeIterations + tier1Iterations;
        if (total > 0) {
            err.printf("[pyjit tier 2] loop iterations: %d native, %d in tier 1 (%.1f%% native)%n", nativeIterations, tier1Iterations,
                            100.0 * nativeIterations / total);
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (String s : refused) {
            reasons.merge(s, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : reasons.entrySet()) {
            err.printf("[pyjit tier 2] not compiled (%dx): %s%n", e.getValue(), e.getKey());
        }
        err.flush();
    }
}
