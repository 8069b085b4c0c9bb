package org.pyjit.test.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;

/** A tool attached once tier 2 runs a loop natively: the loop goes back to tier 1, where its probes fire. */
class ToolsAfterTier2Test {
    private static final String CODE = """
                    def work(n):
                        t = 0
                        for i in range(n):
                            t += i
                        return t
                    """;

    @Test
    void breakpointSetAfterTheLoopWentNativeSuspendsOnEveryIteration() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Source source = Source.newBuilder("pyjit", CODE, "work.py").build();
        try (Context context = Context.newBuilder("pyjit").err(err).allowNativeAccess(true).option("engine.WarnInterpreterOnly", "false")
                        .option("pyjit.JITThreshold", "1").option("pyjit.JITStats", "true").build()) {
            context.eval(source);
            Value work = context.getBindings("pyjit").getMember("work");
            assertEquals(499500, work.execute(1000).asLong());
            AtomicInteger hits = new AtomicInteger();
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> hits.incrementAndGet())) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(4).build());
                assertEquals(4950, work.execute(100).asLong());
            }
            assertEquals(100, hits.get());
        }
        // The first call ran the loop natively: the test is about leaving native code.
        Matcher m = Pattern.compile("native iterations (\\d+)").matcher(err.toString());
        assertTrue(m.find() && Long.parseLong(m.group(1)) > 900, err.toString());
    }
}
