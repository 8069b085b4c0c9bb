package org.pyjit.language.jit;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/** The options of tier 2, in the language's option group ({@code --pyjit.JIT=...}). */
@Option.Group("pyjit")
public final class PyJitOptions {
    private PyJitOptions() {
    }

    /** The descriptors of these options, for the language's {@code getOptionDescriptors}. */
    public static OptionDescriptors descriptors() {
        return new PyJitOptionsOptionDescriptors();
    }

    @Option(help = "Tier 2: compile hot loops of int/float/bool locals to native code by copy-and-patch (true/false).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> JIT = new OptionKey<>(true);

    // 30 rather than the 1000 of earlier rounds: what runs before a loop compiles is tier 1 in a JVM
    // that still interprets tier 1, and a region's own guards and give-up rules cover types tier 1
    // had no time to settle (BENCHMARKS.md, "The compile threshold").
    @Option(help = "Loop iterations before tier 2 compiles a loop (0: at its first execution; 1 with the Graal compiler, whose code of tier 1 needs one run).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> JITThreshold = new OptionKey<>(30);

    @Option(help = "Print tier 2 statistics to stderr when the context exits.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> JITStats = new OptionKey<>(false);

    @Option(help = "Print each compiled region's micro-ops, stencils, offsets and bytes to stderr.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> JITDump = new OptionKey<>(false);

    @Option(help = "Tier 2's regions also serve the code of Graal's last tier, and their iterations no longer make functions hot for Graal (true); or Graal's last-tier code runs those loops and functions itself, but for loops that make lists, build trees or use big ints (false).", //
                    category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> JITInLastTier = new OptionKey<>(false);

    @Option(help = "Most bytes of native code memory tier 2 maps per context; past it, no more regions are compiled.", //
                    category = OptionCategory.EXPERT, stability = OptionStability.STABLE) //
    public static final OptionKey<Integer> JITCodeLimit = new OptionKey<>(16 * 1024 * 1024);
}
