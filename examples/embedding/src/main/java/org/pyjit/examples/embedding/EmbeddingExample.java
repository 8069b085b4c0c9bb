package org.pyjit.examples.embedding;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Embeds pyjit in a Java program: evaluates Python, calls a Python function with Java arguments,
 * reads the list and dict it returns, hands a Java object to Python, and catches a Python exception.
 */
public final class EmbeddingExample {
    /** A Java object that Python code calls into (public members are visible with HostAccess.ALL). */
    public static final class Greeter {
        private final String greeting;

        public Greeter(String greeting) {
            this.greeting = greeting;
        }

        public String greet(String name) {
            return greeting + ", " + name + "!";
        }
    }

    private static final String PYTHON_CODE = """
                    def stats(numbers, label):
                        total = sum(numbers)
                        return [label, len(numbers), total], {"min": min(numbers), "max": max(numbers), "mean": total / len(numbers)}

                    def use_greeter(greeter):
                        return greeter.greet("Python")

                    def fail(n):
                        return 10 // n
                    """;

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // HostAccess.ALL: Python may call public members of Java objects; PolyglotAccess.ALL: Python's
        // polyglot module may read and write the polyglot bindings; native access: pyjit's native tier.
        try (Context context = Context.newBuilder("pyjit").allowHostAccess(HostAccess.ALL).allowPolyglotAccess(PolyglotAccess.ALL)
                        .allowNativeAccess(true).build()) {
            // 1. Evaluate Python source.
            context.eval("pyjit", "print('Hello from Python', 6 * 7)");

            // 2. Define functions; module globals are visible through the language bindings.
            context.eval(Source.newBuilder("pyjit", PYTHON_CODE, "example.py").buildLiteral());
            Value bindings = context.getBindings("pyjit");
            Value stats = bindings.getMember("stats");

            // 3. Call a Python function with Java arguments (a Java int[] is a Python sequence).
            Value result = stats.execute(new int[]{3, 1, 4, 1, 5}, "digits");

            // 4. Read the returned tuple/list (array elements) and dict (hash entries).
            Value list = result.getArrayElement(0);
            System.out.println("list: label=" + list.getArrayElement(0).asString() + " count=" + list.getArrayElement(1).asInt() + " total=" +
                            list.getArrayElement(2).asLong());
            Value dict = result.getArrayElement(1);
            System.out.println("dict: min=" + dict.getHashValue("min").asInt() + " max=" + dict.getHashValue("max").asInt() + " mean=" +
                            dict.getHashValue("mean").asDouble() + " size=" + dict.getHashSize());

            // 5. Pass a Java object into Python.
            Value greeting = bindings.getMember("use_greeter").execute(new Greeter("Hello"));
            System.out.println("greeter: " + greeting.asString());

            // 6. A Python exception arrives as a PolyglotException carrying its Python traceback.
            try {
                bindings.getMember("fail").execute(0);
            } catch (PolyglotException e) {
                System.out.println("caught: " + e.getMessage() + " (guest exception: " + e.isGuestException() + ")");
                System.out.print(e.getGuestObject().getMember("__pyjit_traceback__").asString());
            }

            // 7. A Java list used from Python.
            context.getPolyglotBindings().putMember("java_list", List.of(10, 20, 30));
            context.eval("pyjit", """
                            import polyglot
                            xs = polyglot.import_value("java_list")
                            print("from Java:", xs[0] + xs[2], len(xs), [x * 2 for x in xs])
                            """);
        }
    }
}
