# Sourced by ./pyjit and ./run-tests: sets PYJIT_JAVA_HOME to a JDK >= 25 (JAVA_HOME when new enough,
# else Temurin 25 or any other new-enough JDK under /usr/lib/jvm), or exits with a clear message.
# 25 rather than 21: tier 2 writes machine code through java.lang.foreign (final only since 22), and
# 25 is the LTS that GraalVM 25.0.1's compiler supports on a stock JDK.
# PYJIT_QUIET_UNSAFE holds the flag that silences the JDK's sun.misc.Unsafe warnings.
PYJIT_MIN_JAVA=25

pyjit_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

pyjit_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(pyjit_java_major "$candidate")
        if [ -n "$major" ] && [ "${major%%.*}" -ge "$PYJIT_MIN_JAVA" ] 2>/dev/null; then
            PYJIT_JAVA_HOME=$candidate
            PYJIT_QUIET_UNSAFE=--sun-misc-unsafe-memory-access=allow
            return 0
        fi
    done
    echo "pyjit: no JDK $PYJIT_MIN_JAVA or newer found (set JAVA_HOME to one, e.g. Temurin 25)" >&2
    exit 1
}
pyjit_find_jdk
