package org.pyjit.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code pyjit} command, on GraalVM's launcher framework so that every engine, language and
 * tool option ({@code --engine.*}, {@code --pyjit.*}, {@code --cpusampler}, {@code --inspect}, ...)
 * and {@code --help:tools} etc. work as in other GraalVM languages.
 *
 * <pre>
 * pyjit [OPTIONS] FILE [ARGS...]     run a script
 * pyjit [OPTIONS] -c CODE [ARGS...]  run CODE
 * pyjit [OPTIONS] [-i]               interactive prompt (or the program on stdin when it is not a terminal)
 * </pre>
 */
public final class PyMain extends AbstractLanguageLauncher {
    static final String LANGUAGE = "pyjit";
    /** PyLanguage.MAIN_MIME_TYPE: the program evaluates to its exit status, which spares the engine a guest value. */
    private static final String MAIN_PROGRAM = "text/x-python-main";
    /** Python frames are deep Java stacks in an AST interpreter: give recursion room up to the Python limit. */
    private static final long STACK_SIZE = 1L << 30;
    /** CPython's variable that switches its JIT; mapped to the language option of the same purpose. */
    private static final String JIT_ENVIRONMENT_VARIABLE = "PYTHON_JIT";
    private static final String JIT_OPTION = "pyjit.JIT";

    private String code;
    private String file;
    private boolean fromStdin;
    private boolean inspect;
    private final List<String> programArgs = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Thread runner = new Thread(null, () -> new PyMain().launch(args), "main", STACK_SIZE);
        runner.start();
        runner.join();
        // launch() ends the process itself (System.exit); getting here means it returned without a status.
        System.out.flush();
        System.exit(0);
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE;
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        int i = 0;
        for (; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("-c")) {
                if (i + 1 >= arguments.size()) {
                    throw usageError("Argument expected for the -c option");
                }
                code = arguments.get(++i);
                programArgs.add("-c");
                i++;
                break;
            } else if (arg.equals("-i")) {
                inspect = true;
            } else if (arg.equals("-h")) {
                unrecognized.add("--help");
            } else if (arg.equals("-V") || arg.equals("--version")) {
                // The framework only knows --version:graalvm; pyjit's own version is ours to print.
                printVersion();
                throw exit(0);
            } else if (arg.equals("-")) {
                fromStdin = true;
                programArgs.add("-");
                i++;
                break;
            } else if (arg.startsWith("--") && arg.length() > 2) {
                // Engine, language and tool options, --help, --version: parsed by the launcher framework.
                unrecognized.add(arg);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw usageError("Unknown option: " + arg);
            } else {
                file = arg;
                programArgs.add(arg);
                i++;
                break;
            }
        }
        programArgs.addAll(arguments.subList(i, arguments.size()));
        mapPythonJitVariable(polyglotOptions);
        return unrecognized;
    }

    /**
     * {@code PYTHON_JIT=0|1} as in CPython 3.13; the command line's {@code --pyjit.JIT} wins because the
     * framework parses it after this. Ignored when the language has no such option.
     */
    private void mapPythonJitVariable(Map<String, String> polyglotOptions) {
        String value = System.getenv(JIT_ENVIRONMENT_VARIABLE);
        if (value == null || !(value.equals("0") || value.equals("1"))) {
            return;
        }
        if (findOptionDescriptor(LANGUAGE, JIT_OPTION) != null) {
            polyglotOptions.put(JIT_OPTION, value.equals("1") ? "true" : "false");
        }
    }

    @Override
    protected void launch(Context.Builder builder) {
        boolean interactive = code == null && file == null && !fromStdin && isTTY();
        if (code == null && file == null && !fromStdin && !interactive) {
            fromStdin = true; // `echo 'print(1)' | pyjit` runs stdin like CPython
        }
        if (interactive) {
            programArgs.add("");
        }
        Source source = null;
        if (!interactive) {
            source = loadSource();
        }
        // Ctrl-C raises KeyboardInterrupt in the program (and leaves the REPL running), as in CPython.
        builder.arguments(LANGUAGE, programArgs.toArray(new String[0])).allowNativeAccess(true).option(LANGUAGE + ".KeyboardInterrupt", "true");
        int status;
        try (Context context = builder.build()) {
            if (interactive) {
                status = new PyRepl(context, true).run();
            } else {
                PyOutcome.Result result = PyOutcome.run(context, source);
                status = result.status();
                if (inspect && !result.exited()) {
                    // CPython's -i: look around after the program, even after an uncaught exception.
                    status = new PyRepl(context, false).run();
                }
            }
        } catch (IllegalArgumentException e) {
            // An option value the engine refused when the context was built.
            throw usageError(e.getMessage());
        } catch (PolyglotException e) {
            // Raised while closing the context, e.g. an exit requested during close.
            status = e.isExit() ? e.getExitStatus() : PyOutcome.reportInternalError(e);
        }
        System.out.flush();
        System.err.flush();
        throw exit(status);
    }

    private Source loadSource() {
        try {
            Source.Builder builder;
            if (code != null) {
                builder = Source.newBuilder(LANGUAGE, code, "<string>");
            } else if (fromStdin) {
                builder = Source.newBuilder(LANGUAGE, readAll(System.in), "<stdin>");
            } else {
                builder = Source.newBuilder(LANGUAGE, new File(file));
            }
            return builder.mimeType(MAIN_PROGRAM).build();
        } catch (IOException e) {
            String path = file != null ? new File(file).getAbsolutePath() : "<stdin>";
            System.err.println("pyjit: can't open file '" + path + "': [Errno 2] No such file or directory");
            throw exit(2);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private AbortException usageError(String message) {
        System.err.println(message);
        System.err.println("usage: pyjit [OPTIONS] [-c CODE | FILE | -] [ARGS...]  (try pyjit --help)");
        return exit(2);
    }

    @Override
    protected void validateArguments(Map<String, String> polyglotOptions) {
        if (inspect && code == null && file == null && !fromStdin && !isTTY()) {
            // -i on a non-terminal: CPython still reads statements from stdin one by one; we run stdin as a program.
            inspect = false;
        }
    }

    @Override
    protected void printVersion() {
        System.out.println("pyjit " + PyVersion.get() + " (Python 3.11 subset; GraalVM Truffle " + PyVersion.truffle() + ")");
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        System.out.println("usage: pyjit [OPTIONS] [-c CODE | FILE | -] [ARGS...]");
        System.out.println();
        System.out.println("Runs a Python program (the subset described in docs/LANGUAGE.md) and prints what CPython prints.");
        System.out.println("Without a program it starts an interactive prompt (or runs stdin when it is not a terminal).");
        System.out.println();
        System.out.println("Arguments:");
        printOption("-c CODE", "run CODE; sys.argv[0] is '-c'");
        printOption("FILE", "run the script FILE; sys.argv[0] is FILE");
        printOption("-", "run the program read from stdin");
        printOption("-i", "enter the interactive prompt after running the program");
        printOption("-h, --help", "this help (--help:tools, --help:languages, --help:expert for more options)");
        printOption("-V, --version", "print the version");
        System.out.println();
        System.out.println("Environment:");
        printOption("PYTHON_JIT=0|1", "switches pyjit's JIT tier like CPython's variable (--pyjit.JIT), when the language has it");
        printOption("PYJIT_DEBUG=1", "show the Java stack trace of an internal error");
        printOption("JAVA_HOME", "the JDK to run on (read by the bin/pyjit script)");
        printOption("PYJIT_GRAAL=0", "run without the Graal compiler (read by the bin/pyjit script)");
    }

    private static void printOption(String option, String help) {
        System.out.printf("  %-22s %s%n", option, help);
    }

    @Override
    protected VMType getDefaultVMType() {
        return VMType.JVM;
    }

    @Override
    protected void collectArguments(Set<String> options) {
        options.addAll(List.of("-c", "-i", "-h", "-V", "--version", "-"));
    }
}
