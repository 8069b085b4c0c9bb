package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A program running in a real terminal: a detached tmux session on a tmux server of its own, driven
 * with send-keys and read with capture-pane.
 */
final class TmuxSession implements AutoCloseable {
    private static final int WAIT_SECONDS = 60;
    private final String socket;
    private final String target = "repl";

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tmux"))) {
                return true;
            }
        }
        return false;
    }

    /** Starts COMMAND in a 160x60 terminal; when it ends, the pane shows {@code [exit N]}. */
    TmuxSession(String command) {
        this.socket = "pyjit-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        tmux("new-session", "-d", "-s", target, "-x", "160", "-y", "60", "sh -c '" + command + "; echo \"[exit $?]\"; sleep 600'");
    }

    private Standalone.Result tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Standalone.Result r = Standalone.run(command, null, Standalone.tempDir(), Map.of("TERM", "xterm-256color"), 30);
        if (r.status() != 0) {
            fail("tmux " + String.join(" ", args) + " failed: " + r.stderr());
        }
        return r;
    }

    /** Types TEXT and presses Enter. */
    void line(String text) {
        tmux("send-keys", "-t", target, "-l", text);
        tmux("send-keys", "-t", target, "Enter");
    }

    void key(String key) {
        tmux("send-keys", "-t", target, key);
    }

    /** The visible screen (and the scrollback), trailing blank lines dropped. */
    String screen() {
        return tmux("capture-pane", "-p", "-t", target, "-S", "-1000").stdout().stripTrailing();
    }

    /** Waits until the screen satisfies CONDITION; fails with the screen after a minute. */
    String await(String what, Predicate<String> condition) {
        long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
        String screen = screen();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what + "; the terminal shows:\n" + screen);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
            screen = screen();
        }
        return screen;
    }

    /** Waits for the N-th {@code >>> } prompt counted from the start of the session. */
    String awaitPrompt(int n) {
        return await(n + " prompts", s -> s.lines().filter(l -> l.startsWith(">>>")).count() >= n && s.stripTrailing().endsWith(">>>"));
    }

    /** Waits for the N-th {@code ... } continuation prompt counted from the start of the session. */
    String awaitContinuation(int n) {
        return await(n + " continuation prompts", s -> s.lines().filter(l -> l.startsWith("...")).count() >= n && s.stripTrailing().endsWith("..."));
    }

    @Override
    public void close() {
        Standalone.run(List.of("tmux", "-L", socket, "kill-server"), null, Standalone.tempDir(), Map.of(), 30);
    }
}
