package org.pyjit.bench;

import java.io.File;
import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * {@code graalpy PROGRAM.py [ARGS...]} or {@code graalpy -c CODE} for the benchmark harness: runs
 * the program in a GraalPy context of the polyglot API (sys.argv as CPython sets it), exits with its
 * status.
 */
public final class GraalPyRun {
    private GraalPyRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: graalpy PROGRAM.py [ARGS...] | -c CODE");
            System.exit(2);
        }
        int status = 0;
        boolean inline = args[0].equals("-c") && args.length > 1;
        String[] argv = args;
        if (inline) {
            argv = new String[args.length - 1];
            argv[0] = "-c";
            System.arraycopy(args, 2, argv, 1, args.length - 2);
        }
        try (Context context = Context.newBuilder("python").allowAllAccess(true).arguments("python", argv).build()) {
            try {
                context.eval(inline ? Source.create("python", args[1]) : Source.newBuilder("python", new File(args[0])).build());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status = e.getExitStatus();
                } else {
                    System.err.println(e.getMessage());
                    status = 1;
                }
            }
        }
        System.exit(status);
    }
}
