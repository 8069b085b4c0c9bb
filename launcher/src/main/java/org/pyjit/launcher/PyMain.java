package org.pyjit.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The {@code pyjit} command: {@code pyjit [OPTIONS] FILE [ARGS...]} or {@code pyjit [OPTIONS] -c CODE [ARGS...]}.
 * Runs the program in a polyglot context and turns its outcome into CPython's stderr text and exit status.
 */
public final class PyMain {
    private static final String LANGUAGE = "pyjit";
    /** Python frames are deep Java stacks in an AST interpreter: give recursion room up to the Python limit. */
    private static final long STACK_SIZE = 1L << 30;

    private PyMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] status = {0};
        Thread runner = new Thread(null, () -> status[0] = run(args), "main", STACK_SIZE);
        runner.start();
        runner.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String[] args) {
        Map<String, String> options = new HashMap<>();
        String code = null;
        String file = null;
        List<String> programArgs = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-c")) {
                if (i + 1 >= args.length) {
                    return usageError("Argument expected for the -c option");
                }
                code = args[++i];
                programArgs.add("-c");
                i++;
                break;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                printHelp(System.out);
                return 0;
            } else if (arg.equals("--version") || arg.equals("-V")) {
                System.out.println("pyjit " + versionOf() + " (Python 3.11 subset)");
                return 0;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                String option = arg.substring(2);
                int eq = option.indexOf('=');
                if (eq < 0) {
                    options.put(option, "true");
                } else {
                    options.put(option.substring(0, eq), option.substring(eq + 1));
                }
            } else if (arg.equals("-")) {
                return usageError("reading the program from stdin is not supported; pass a file or -c CODE");
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return usageError("unknown option: " + arg);
            } else {
                file = arg;
                programArgs.add(arg);
                i++;
                break;
            }
        }
        for (; i < args.length; i++) {
            programArgs.add(args[i]);
        }
        if (code == null && file == null) {
            return usageError("no program given: pyjit FILE [ARGS...] or pyjit -c CODE");
        }
        Source source;
        try {
            source = code != null ? Source.newBuilder(LANGUAGE, code, "<string>").build()
                            : Source.newBuilder(LANGUAGE, new File(file)).build();
        } catch (IOException e) {
            System.err.println("pyjit: can't open file '" + new File(file).getAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        Context.Builder builder = Context.newBuilder(LANGUAGE).in(System.in).out(System.out).err(System.err)
                        .arguments(LANGUAGE, programArgs.toArray(new String[0])).allowNativeAccess(true)
                        .allowExperimentalOptions(true);
        try {
            builder.options(options);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        try (Context context = builder.build()) {
            return runSource(context, source);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        } catch (PolyglotException e) {
            // Raised while closing the context, e.g. a cancelled or exited context.
            return e.isExit() ? e.getExitStatus() : reportInternalError(e);
        }
    }

    private static int runSource(Context context, Source source) {
        try {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException() && !e.isInternalError()) {
                System.out.flush();
                System.err.print(tracebackText(e));
                System.err.flush();
                return 1;
            }
            return reportInternalError(e);
        }
    }

    /** CPython's stderr text for an uncaught exception, as the language formats it. */
    static String tracebackText(PolyglotException e) {
        Value guest = e.getGuestObject();
        if (guest != null && guest.hasMember("__pyjit_traceback__")) {
            return guest.getMember("__pyjit_traceback__").asString();
        }
        return e.getMessage() + System.lineSeparator();
    }

    private static int reportInternalError(PolyglotException e) {
        System.out.flush();
        System.err.println("pyjit: internal error: " + e.getMessage());
        if ("1".equals(System.getenv("PYJIT_DEBUG"))) {
            e.printStackTrace();
        } else {
            System.err.println("(set PYJIT_DEBUG=1 to see the Java stack trace)");
        }
        return 1;
    }

    private static int usageError(String message) {
        System.err.println("pyjit: " + message);
        System.err.println("usage: pyjit [OPTIONS] FILE [ARGS...] | pyjit [OPTIONS] -c CODE [ARGS...]  (try pyjit --help)");
        return 2;
    }

    private static String versionOf() {
        String v = PyMain.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0";
    }

    private static void printHelp(PrintStream out) {
        out.println("usage: pyjit [OPTIONS] FILE [ARGS...]");
        out.println("       pyjit [OPTIONS] -c CODE [ARGS...]");
        out.println();
        out.println("Runs a Python program (the subset described in docs/LANGUAGE.md) and prints what CPython prints.");
        out.println();
        out.println("Options:");
        out.println("  -c CODE                 run CODE; sys.argv[0] is '-c'");
        out.println("  --pyjit.NAME=VALUE      a pyjit language option");
        out.println("  --engine.NAME=VALUE     a Truffle engine option (e.g. --engine.TraceCompilation)");
        out.println("  --NAME=VALUE            any other polyglot option (tools: --cpusampler, ...)");
        out.println("  -h, --help              this help");
        out.println("  --version               the version");
        out.println();
        out.println("Environment (read by the ./pyjit script): PYJIT_GRAAL=0 runs without the Graal compiler;");
        out.println("JAVA_HOME selects the JDK (21 or newer); PYJIT_DEBUG=1 shows Java stack traces of internal errors.");
    }
}
