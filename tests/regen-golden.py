#!/usr/bin/env python3
"""Records the expected output of the golden corpus by running CPython.

Usage: python3 tests/regen-golden.py [paths...]
  paths: program files (NAME.py) or directories; default: the whole corpus in
  tests/src/test/resources/golden. The oracle is `python3` (CPython 3.11.7).

For each NAME.py (the directory `unsupported/` is skipped: CPython cannot
produce pyjit's message for constructs outside the subset), the program runs as
`python3 NAME.py` in its own directory, with stdin from NAME.in (or empty), and
this writes next to it:
  NAME.out   stdout, always written (may be empty)
  NAME.err   stderr after normalization, only when non-empty
  NAME.exit  the exit status, only when non-zero
Stale .err/.exit files are removed when the program no longer produces them.

Normalization of stderr (GoldenTest.java applies exactly the same rules to
pyjit's stderr, keep the two in sync):
  1. The absolute directory of the program followed by "/" is removed, so file
     names read `File "NAME.py"` (CPython prints the absolute script path).
  2. Inside a traceback (after a line `Traceback (most recent call last):`),
     the source-echo lines are dropped: every line indented by 4 or more spaces
     that follows a `  File "...` line, up to the next line that is not.
     These are the echoed source line and CPython 3.11's ^^^/~~~ markers.
  3. Anywhere, lines made only of spaces, `^` and `~` (with at least one `^`
     or `~`) are dropped: for a syntax error this removes the caret line and
     keeps `  File "NAME.py", line N`, the source line and the message line
     (caret columns are checked by the parser's unit tests instead).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "src", "test", "resources", "golden")
SKIPPED_AREAS = {"unsupported"}
TIMEOUT_SECONDS = 120


def is_marker_line(line):
    stripped = line.replace(" ", "")
    return stripped != "" and all(c in "^~" for c in stripped)


def normalize_stderr(text, program_dir):
    text = text.replace(program_dir.rstrip("/") + "/", "")
    out = []
    in_traceback = False
    after_file_line = False
    for line in text.split("\n"):
        if line == "Traceback (most recent call last):":
            in_traceback = True
            after_file_line = False
            out.append(line)
            continue
        if in_traceback and after_file_line and line.startswith("    "):
            continue
        after_file_line = in_traceback and line.startswith('  File "')
        if is_marker_line(line):
            continue
        out.append(line)
    return "\n".join(out)


def collect(paths):
    programs = []
    for path in paths:
        path = os.path.abspath(path)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                rel = os.path.relpath(root, GOLDEN)
                if rel.split(os.sep)[0] in SKIPPED_AREAS:
                    continue
                programs.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))
        elif path.endswith(".py"):
            rel = os.path.relpath(path, GOLDEN)
            if rel.split(os.sep)[0] in SKIPPED_AREAS:
                print("skipped (unsupported area): " + rel)
                continue
            programs.append(path)
        else:
            sys.exit("not a .py file or directory: " + path)
    return programs


def write_or_remove(path, content):
    if content is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def regen(program):
    directory, file_name = os.path.split(program)
    base = program[:-3]
    stdin_path = base + ".in"
    stdin = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin = f.read()
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINSPECT"):
        env.pop(var, None)
    env["PYTHONIOENCODING"] = "utf-8"
    result = subprocess.run(["python3", file_name], cwd=directory, input=stdin,
                            capture_output=True, timeout=TIMEOUT_SECONDS, env=env)
    stdout = result.stdout.decode("utf-8")
    stderr = normalize_stderr(result.stderr.decode("utf-8"), directory)
    write_or_remove(base + ".out", stdout)
    write_or_remove(base + ".err", stderr if stderr else None)
    write_or_remove(base + ".exit", "%d\n" % result.returncode if result.returncode != 0 else None)
    return result.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: the oracle is CPython 3.11, this is " + sys.version.split()[0], file=sys.stderr)
    programs = collect(sys.argv[1:] or [GOLDEN])
    failing = 0
    timed_out = []
    for program in programs:
        try:
            status = regen(program)
        except subprocess.TimeoutExpired:
            timed_out.append(os.path.relpath(program, GOLDEN))
            continue
        if status != 0:
            failing += 1
    print("%d programs recorded (%d with a non-zero exit status)" % (len(programs) - len(timed_out), failing))
    if timed_out:
        sys.exit("timed out (nothing recorded): " + ", ".join(timed_out))


if __name__ == "__main__":
    main()
