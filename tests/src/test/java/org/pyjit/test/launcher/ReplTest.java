package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interactive prompt of bin/pyjit, typed into a real terminal (tmux). */
class ReplTest {
    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(TmuxSession.available(), "tmux is not installed (apt-get install -y tmux): the REPL tests need a terminal");
    }

    /** The screen from the last prompt on: what the last input printed. */
    private static List<String> afterPrompt(String screen, int promptIndex) {
        List<String> lines = screen.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(">>>") && ++seen == promptIndex) {
                return lines.subList(i, lines.size()).stream().map(String::stripTrailing).toList();
            }
        }
        throw new AssertionError("no prompt " + promptIndex + " in\n" + screen);
    }

    @Test
    void promptsEchoBlocksErrorsAndExit() {
        try (TmuxSession t = new TmuxSession(Standalone.bin("pyjit").toString())) {
            String s = t.awaitPrompt(1);
            assertTrue(s.startsWith("pyjit "), "banner:\n" + s);

            t.line("1 + 2");
            s = t.awaitPrompt(2);
            assertEquals(List.of(">>> 1 + 2", "3", ">>>"), afterPrompt(s, 1));

            t.line("None");
            t.awaitPrompt(3);
            t.line("'a' + 'b'  # a comment");
            s = t.awaitPrompt(4);
            assertEquals(List.of(">>> None", ">>> 'a' + 'b'  # a comment", "'ab'", ">>>"), afterPrompt(s, 2));

            t.line("for i in range(3):");
            t.awaitContinuation(1);
            t.line("    print(i * i)");
            t.awaitContinuation(2);
            t.line("");
            s = t.awaitPrompt(5);
            assertEquals(List.of(">>> for i in range(3):", "...     print(i * i)", "...", "0", "1", "4", ">>>"), afterPrompt(s, 4));

            t.line("[1, (2,");
            t.awaitContinuation(3);
            t.line(" 3)]");
            s = t.awaitPrompt(6);
            assertEquals(List.of(">>> [1, (2,", "...  3)]", "[1, (2, 3)]", ">>>"), afterPrompt(s, 5));

            t.line("1 / 0");
            s = t.awaitPrompt(7);
            assertEquals(List.of(">>> 1 / 0", "Traceback (most recent call last):", "  File \"<stdin>\", line 1, in <module>",
                            "ZeroDivisionError: division by zero", ">>>"), afterPrompt(s, 6));

            t.line("if True");
            s = t.awaitPrompt(8);
            List<String> syntax = afterPrompt(s, 7);
            assertEquals("  File \"<stdin>\", line 1", syntax.get(1));
            assertEquals("SyntaxError: expected ':'", syntax.get(syntax.size() - 2));

            t.key("C-d");
            s = t.await("the exit", x -> x.contains("[exit "));
            assertTrue(s.contains("[exit 0]"), s);
        }
    }

    @Test
    void historyRecallsThePreviousLine() {
        try (TmuxSession t = new TmuxSession(Standalone.bin("pyjit").toString())) {
            t.awaitPrompt(1);
            t.line("print('hist' * 2)");
            t.awaitPrompt(2);
            t.key("Up");
            t.key("Enter");
            String s = t.awaitPrompt(3);
            assertEquals(List.of(">>> print('hist' * 2)", "histhist", ">>>"), afterPrompt(s, 2));
            t.line("import sys; sys.exit(5)");
            s = t.await("the exit", x -> x.contains("[exit "));
            assertTrue(s.contains("[exit 5]"), s);
        }
    }

    @Test
    void inspectAfterTheProgramWithDashI() {
        try (TmuxSession t = new TmuxSession(Standalone.bin("pyjit") + " -i -c \"print(40 + 2)\"")) {
            String s = t.awaitPrompt(1);
            assertTrue(s.startsWith("42\n>>>"), s);
            t.key("C-d");
            t.await("the exit", x -> x.contains("[exit 0]"));
        }
    }

    /** Needs the language to keep one __main__ namespace across evaluations in a context. */
    @Test
    void variablesPersistBetweenInputs() {
        try (Context context = Context.newBuilder("pyjit").option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("pyjit", "persisted = 1");
            try {
                context.eval("pyjit", "persisted");
            } catch (PolyglotException e) {
                Assumptions.abort("pyjit gives each evaluated source its own globals (" + e.getMessage() +
                                "): the REPL cannot keep variables until the language keeps __main__'s globals per context");
            }
        }
        try (TmuxSession t = new TmuxSession(Standalone.bin("pyjit").toString())) {
            t.awaitPrompt(1);
            t.line("x = 20");
            t.awaitPrompt(2);
            t.line("def double(v):");
            t.awaitContinuation(1);
            t.line("    return v * 2");
            t.awaitContinuation(2);
            t.line("");
            t.awaitPrompt(3);
            t.line("double(x) + 2");
            String s = t.awaitPrompt(4);
            assertEquals(List.of(">>> double(x) + 2", "42", ">>>"), afterPrompt(s, 3));
            t.key("C-d");
        }
    }

    /**
     * Ctrl-C while a statement runs interrupts it with a KeyboardInterrupt traceback and returns to
     * the prompt. (A one-line compound statement waits for an empty line first, as in CPython.)
     */
    @Test
    void ctrlCInterruptsTheRunningStatement() throws InterruptedException {
        try (TmuxSession t = new TmuxSession(Standalone.bin("pyjit").toString())) {
            t.awaitPrompt(1);
            t.line("while True: pass");
            t.awaitContinuation(1);
            t.line("");
            Thread.sleep(1500);
            t.key("C-c");
            String s = t.awaitPrompt(2);
            assertEquals(List.of(">>> while True: pass", "...", "^CTraceback (most recent call last):", "  File \"<stdin>\", line 1, in <module>",
                            "KeyboardInterrupt", ">>>"), afterPrompt(s, 1));
            t.line("print(6 * 7)");
            s = t.awaitPrompt(3);
            assertEquals(List.of(">>> print(6 * 7)", "42", ">>>"), afterPrompt(s, 2));
        }
    }
}
