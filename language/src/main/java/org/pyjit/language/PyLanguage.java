package org.pyjit.language;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.source.Source;
import org.pyjit.language.jit.PyJit;
import org.pyjit.language.jit.PyJitOptions;
import org.pyjit.language.nodes.PyModuleRootNode;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyMangling;
import org.pyjit.language.parser.PyNestingLimits;
import org.pyjit.language.parser.PyParser;
import org.pyjit.language.parser.PySyntaxError;
import org.pyjit.language.parser.PySyntaxWarnings;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyGlobals;
import org.pyjit.language.runtime.PyGlobalsScope;
import org.pyjit.language.runtime.PyInteractive;
import org.pyjit.language.runtime.PyLanguageView;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PySuggestions;
import org.pyjit.language.runtime.PyTypes;
import org.pyjit.language.translator.PyTranslator;

/**
 * The pyjit language. Each context has its own language instance (exclusive policy), so the
 * nodes of a parsed module may refer to that module's global variables directly.
 */
@TruffleLanguage.Registration(id = PyLanguage.ID, name = "pyjit", defaultMimeType = PyLanguage.MIME_TYPE,
                characterMimeTypes = {PyLanguage.MIME_TYPE, PyLanguage.MAIN_MIME_TYPE}, fileTypeDetectors = PyFileDetector.class,
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, dependentLanguages = "nfi", website = "https://github.com/pyjit/pyjit")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class,
                StandardTags.ExpressionTag.class})
public final class PyLanguage extends TruffleLanguage<PyContext> {
    public static final String ID = "pyjit";
    public static final String MIME_TYPE = "text/x-python";

    /** Whether Graal compiles tier 1's nodes: Truffle's optimizing runtime, not its interpreter-only fallback. */
    public static boolean graalCompiles() {
        return !"Interpreted".equals(Truffle.getRuntime().getName());
    }
    /**
     * A program run as a process's main program, as the launcher runs it: it evaluates to its exit
     * status 0 instead of None. The launcher has no use for the value, and a primitive is the one
     * result the engine hands over without setting up interop for a guest class first (~30 ms of a
     * 0.3 s run: Truffle builds call targets for every message of the class, its nodes' classes
     * read through reflection, an annotation proxy generated per annotation type).
     */
    public static final String MAIN_MIME_TYPE = "text/x-python-main";

    /**
     * One {@code __main__} namespace per context (the exclusive policy gives each context its own
     * language instance): every evaluated source, and every REPL input, runs in it. Nodes read
     * globals through their {@code PyGlobalCell}s, whose assumptions a later source's writes invalidate.
     */
    private final PyGlobals mainGlobals = newMainGlobals();

    /** The names CPython's __main__ starts with (those pyjit has: no __loader__, __builtins__ or __annotations__). */
    private static PyGlobals newMainGlobals() {
        PyGlobals g = new PyGlobals("__main__");
        g.put("__name__", "__main__");
        g.put("__doc__", PyNone.NONE);
        g.put("__package__", PyNone.NONE);
        g.put("__spec__", PyNone.NONE);
        return g;
    }

    @Option(help = "Initial recursion limit (sys.getrecursionlimit()).", category = OptionCategory.USER, stability = OptionStability.EXPERIMENTAL) //
    static final OptionKey<Integer> RecursionLimit = new OptionKey<>(1000);

    @Option(help = "Raise KeyboardInterrupt in the program on SIGINT (Ctrl-C), as CPython does. The handler is process-wide: for launchers.", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> KeyboardInterrupt = new OptionKey<>(false);

    @Override
    protected PyContext createContext(Env env) {
        PyContext context = new PyContext(this, env);
        context.setRecursionLimit(env.getOptions().get(RecursionLimit));
        if (env.getOptions().get(KeyboardInterrupt)) {
            PyKeyboardInterrupt.install(env);
        }
        return context;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return OptionDescriptors.createUnion(new PyLanguageOptionDescriptors(), PyJitOptions.descriptors());
    }

    @Override
    protected void finalizeContext(PyContext context) {
        if (!context.getEnv().getContext().isCancelling()) {
            PyGenerator.closeAtExit(mainGlobals);
            context.flushOut();
        }
        PyJit.finish(context);
    }

    @Override
    protected void disposeContext(PyContext context) {
        PyJit.dispose(context);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        String fileName = source.getPath() != null ? source.getPath() : source.getName();
        String code = source.getCharacters().toString();
        PyAst.Module module;
        try {
            module = PyMangling.mangle(PyParser.parseModule(code, fileName));
        } catch (PySyntaxError e) {
            throw syntaxError(e, fileName);
        } catch (PyNestingLimits.Exceeded e) {
            throw nestingError(e);
        } catch (StackOverflowError e) {
            // only on a thread with a small stack: the nesting limits bound the parser's recursion
            throw nestingError(PyNestingLimits.compilerDepthExceeded());
        }
        boolean interactive = source.isInteractive();
        if (interactive) {
            module = PyInteractive.returnTrailingExpression(module);
        } else {
            PyJit.rememberSyntaxTree(source, module);
            // Set as the module's code would set them first thing: a script's path, its docstring.
            if (source.getPath() != null) {
                mainGlobals.put("__file__", source.getPath());
            }
            String doc = PyTranslator.docstring(module.body());
            if (doc != null) {
                mainGlobals.put("__doc__", doc);
            }
        }
        PyGlobals globals = mainGlobals;
        RootCallTarget target = new PyTranslator(this, source, fileName, globals).translateModule(module);
        if (target.getRootNode() instanceof PyModuleRootNode root) {
            if (interactive) {
                root.setReturnsValue();
            } else if (MAIN_MIME_TYPE.equals(source.getMimeType())) {
                root.setCompletesWithExitStatus();
            }
            root.setSyntaxWarnings(PySyntaxWarnings.of(module, code, fileName));
        }
        return PySuggestions.registerModule(target, globals);
    }

    /** CPython's interactive mode echoes every value but None. */
    @Override
    protected boolean isVisible(PyContext context, Object value) {
        return value != PyNone.NONE;
    }

    /** The globals of {@code __main__}: what {@code Context.getBindings("pyjit")} shows. */
    @Override
    protected Object getScope(PyContext context) {
        return new PyGlobalsScope(mainGlobals);
    }

    /** Java primitives seen from Python: shown with repr ({@code True}, {@code 'text'}, {@code 1e+16}). */
    @Override
    protected Object getLanguageView(PyContext context, Object value) {
        return new PyLanguageView(value);
    }

    public PyGlobals getMainGlobals() {
        return mainGlobals;
    }

    private static PyException nestingError(PyNestingLimits.Exceeded e) {
        PyException ex = e.isMemoryError() ? PyErrors.memoryError() : PyErrors.of(PyTypes.RECURSION_ERROR, e.getMessage());
        ex.setFixedTraceback(e.lastLine() + "\n");
        return ex;
    }

    private static PyException syntaxError(PySyntaxError e, String fileName) {
        PyException ex = PyErrors.of("IndentationError".equals(e.getKind()) ? PyTypes.INDENTATION_ERROR
                        : "TabError".equals(e.getKind()) ? PyTypes.TAB_ERROR : PyTypes.SYNTAX_ERROR, e.getMessage());
        ex.setFixedTraceback(e.format(fileName));
        return ex;
    }
}
