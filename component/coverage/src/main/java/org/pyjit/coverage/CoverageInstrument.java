package org.pyjit.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.graalvm.options.OptionValues;

import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags.RootTag;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;

/**
 * {@code --coverage}: records which statements and functions of the guest program ran, and prints per
 * source file the lines, statements and functions covered when the engine closes.
 */
@TruffleInstrument.Registration(id = CoverageInstrument.ID, name = "Code Coverage", version = "0.1", website = "https://github.com/pyjit/pyjit")
public final class CoverageInstrument extends TruffleInstrument {
    static final String ID = "coverage";

    static final OptionType<String> OUTPUT_TYPE = new OptionType<>("summary|lines", value -> {
        if (!value.equals("summary") && !value.equals("lines")) {
            throw new IllegalArgumentException("Output must be summary or lines, not '" + value + "'");
        }
        return value;
    });

    @Option(name = "", help = "Enable code coverage: a report of the lines, statements and functions run, printed at exit (default: false).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> ENABLED = new OptionKey<>(false);

    @Option(help = "What to print. summary: per file the share of lines, statements and functions run, the functions not called and the lines not run; " +
                    "lines: the summary and every source line marked + (ran), - (did not run) or ~ (partly) (default: summary).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<String> Output = new OptionKey<>("summary", OUTPUT_TYPE);

    @Option(help = "Write the report to this file instead of the standard output.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<String> OutputFile = new OptionKey<>("");

    private CoverageData data;
    private boolean listLines;
    private String outputFile;

    @Override
    protected void onCreate(Env env) {
        OptionValues options = env.getOptions();
        if (!ENABLED.getValue(options)) {
            return;
        }
        listLines = Output.getValue(options).equals("lines");
        outputFile = OutputFile.getValue(options);
        data = new CoverageData();
        SourceSectionFilter filter = SourceSectionFilter.newBuilder().tagIs(StatementTag.class, RootTag.class).includeInternal(false).build();
        env.getInstrumenter().attachLoadSourceSectionListener(filter, data::loaded, true);
        env.getInstrumenter().attachExecutionEventFactory(filter, context -> new CoverageNode(data, context));
    }

    @Override
    protected void onDispose(Env env) {
        if (data == null) {
            return;
        }
        if (outputFile.isEmpty()) {
            PrintStream out = new PrintStream(nonClosing(env.out()), true, StandardCharsets.UTF_8);
            new CoverageReport(data, listLines).print(out);
            out.flush();
            return;
        }
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(outputFile)), true, StandardCharsets.UTF_8)) {
            new CoverageReport(data, listLines).print(out);
        } catch (IOException e) {
            PrintStream err = new PrintStream(nonClosing(env.err()), true, StandardCharsets.UTF_8);
            err.println("[coverage] cannot write " + outputFile + ": " + e.getMessage());
        }
    }

    /** The engine's stream outlives this report. */
    private static OutputStream nonClosing(OutputStream stream) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                stream.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stream.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                stream.flush();
            }
        };
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new CoverageInstrumentOptionDescriptors();
    }
}
