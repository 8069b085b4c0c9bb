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
 * Each input is its own interactive {@code <stdin>} source, run in the context's one
 * {@code __main__} namespace: the language makes a trailing expression statement the result and
 * Truffle prints it (its repr) unless it is None ({@code TruffleLanguage.isVisible}).
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
            context.eval(source(text));
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

    private static Source source(String text) {
        return Source.newBuilder(PyMain.LANGUAGE, text, INPUT_NAME).interactive(true).buildLiteral();
    }
}
