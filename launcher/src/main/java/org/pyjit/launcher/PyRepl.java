package org.pyjit.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.shadowed.org.jline.reader.EndOfFileException;
import org.graalvm.shadowed.org.jline.reader.LineReader;
import org.graalvm.shadowed.org.jline.reader.LineReaderBuilder;
import org.graalvm.shadowed.org.jline.reader.UserInterruptException;
import org.graalvm.shadowed.org.jline.terminal.Terminal;
import org.graalvm.shadowed.org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: {@code >>> } and {@code ... } prompts, multi-line blocks, the repr of an
 * expression's value echoed (not None), tracebacks printed without leaving, history kept in
 * {@code ~/.pyjit_history}, Ctrl-D to leave, Ctrl-C to drop the current input.
 *
 * Each input is its own {@code <stdin>} source. To echo values it first tries the input as one
 * expression inside a call that prints its repr; when that does not parse, the input is run as
 * statements. The sources are not marked interactive: Truffle prints the result of an interactive
 * source unless the language hides it ({@code TruffleLanguage.isVisible}), and pyjit's module result
 * (None) would then be echoed after every input.
 */
final class PyRepl {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION_PROMPT = "... ";
    private static final String INPUT_NAME = "<stdin>";

    private final Context context;
    private final boolean banner;

    PyRepl(Context context, boolean banner) {
        this.context = context;
        this.banner = banner;
    }

    /** Runs until end of input or {@code sys.exit}; returns the exit status. */
    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("pyjit")
                            .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".pyjit_history"))
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            .option(LineReader.Option.INSERT_TAB, true)
                            .build();
            if (banner) {
                printBanner();
            }
            return loop(reader);
        } catch (IOException e) {
            System.err.println("pyjit: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static void printBanner() {
        System.err.println("pyjit " + PyVersion.get() + " (Python 3.11 subset) on GraalVM Truffle " + PyVersion.truffle());
        System.err.println("Type Python statements; an empty line ends a block; Ctrl-D exits.");
        System.err.flush();
    }

    private int loop(LineReader reader) {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = reader.readLine(lines.isEmpty() ? PROMPT : CONTINUATION_PROMPT);
            } catch (UserInterruptException e) {
                lines.clear();
                System.err.println("KeyboardInterrupt");
                continue;
            } catch (EndOfFileException e) {
                System.err.println();
                return 0;
            }
            if (lines.isEmpty() && line.isBlank()) {
                continue;
            }
            lines.add(line);
            if (!PyReplInput.isComplete(lines)) {
                continue;
            }
            String text = String.join("\n", lines) + "\n";
            lines.clear();
            Integer exit = evaluate(text);
            if (exit != null) {
                return exit;
            }
        }
    }

    /** Runs one input; returns an exit status when the program exited, else null. */
    Integer evaluate(String text) {
        try {
            try {
                context.eval(source(echoingExpression(text)));
            } catch (PolyglotException e) {
                if (!PyOutcome.isSyntaxError(e)) {
                    throw e;
                }
                // Not a single expression: run it as statements (and get the real syntax error, if any).
                context.eval(source(text));
            }
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException() && !e.isInternalError()) {
                PyOutcome.printTraceback(e);
            } else {
                PyOutcome.reportInternalError(e);
            }
        }
        System.out.flush();
        return null;
    }

    /**
     * The input as an expression whose value is printed with repr unless it is None, on the same
     * line numbers as the input. The parentheses make a one-line input with a trailing comment or a
     * bare generator expression fail to parse as they should (the input then runs as statements).
     */
    static String echoingExpression(String text) {
        return "(lambda __pyjit_value: None if __pyjit_value is None else print(repr(__pyjit_value)))((" + text.stripTrailing() + "\n))\n";
    }

    private static Source source(String text) {
        return Source.newBuilder(PyMain.LANGUAGE, text, INPUT_NAME).buildLiteral();
    }
}
