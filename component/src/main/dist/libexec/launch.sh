# The one implementation of pyjit's JVM command line, sourced by bin/pyjit and bin/polyglot here and by
# the repository's ./pyjit (and ./run-tests, for pyjit_find_jdk). It runs with a JDK >= 25 (JAVA_HOME
# when new enough, else the first one under /usr/lib/jvm), with the Graal compiler enabled.
#   PYJIT_GRAAL=0     run without the Graal compiler (Truffle's interpreter only)
#   PYJIT_JAVA_OPTS   extra JVM flags
#   PYJIT_AOT=0       do not use the class cache and start no background job (below)
#
# Start-up: a stock JDK accepts the Graal compiler only through --upgrade-module-path (its image holds
# an empty jdk.graal.compiler module), and that option switches class data sharing off. So the first
# run starts a background job that links a copy of the JDK without that module (CACHE/pyjit-runtime,
# jlink, once) and records a JDK 25 AOT cache (CACHE/pyjit-MODE-KEY.aot: loaded and linked classes
# plus method profiles, also of Graal itself) from aot-training.py; later runs use both and start
# about twice as fast. The job holds CACHE/.pyjit-aot.lock while it runs (the benchmark harness and
# a launcher test wait on it). BENCHMARKS.md has the measurements behind each flag.

# Every run goes through here, so the way to the JVM starts no process it can do without: each cost
# 2-5 ms (readlink, dirname, stat, cksum, cut: 25-40 ms before the JVM started). readlink runs only
# for a symlink, as in the scripts that source this one.
_pyjit_self=${BASH_SOURCE[0]}
[ ! -L "$_pyjit_self" ] || _pyjit_self=$(readlink -f "$_pyjit_self")
[[ $_pyjit_self == */* ]] || _pyjit_self=./$_pyjit_self
_pyjit_libexec=$(cd -P "${_pyjit_self%/*}" && pwd)

# 25 rather than 21: tier 2 writes machine code through java.lang.foreign (final only since 22), and
# 25 is the LTS that GraalVM 25.0.1's compiler supports on a stock JDK; the jars are class file 69.
_pyjit_min_java=25

# The modules the linked runtime leaves out: the compiler placeholder, the tools that cannot be
# relinked, and jdk.management.jfr. That one is there only as a provider java.management binds, and it
# requires jdk.jfr, whose presence makes Truffle's optimizing runtime set up JFR's event metadata at
# every start (annotation proxies, ~20 ms of 0.23 s for `-c pass`); -XX:StartFlightRecording still
# works, the JVM then adds jdk.jfr itself.
_pyjit_unlinked='jdk\.graal\.compiler.*|jdk\.jlink|jdk\.jpackage|jdk\.incubator\..*|jdk\.management\.jfr'

# Sets PYJIT_JAVA_HOME to a JDK >= 25 that also has the tools named (building needs javac), or exits.
pyjit_find_jdk() {
    local candidate major tool ok
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        ok=1
        for tool in "$@"; do
            [ -x "$candidate/bin/$tool" ] || ok=0
        done
        [ "$ok" = 1 ] || continue
        major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java.specification.version = //p' | head -n1)
        if [ -n "$major" ] && [ "${major%%.*}" -ge "$_pyjit_min_java" ] 2>/dev/null; then
            PYJIT_JAVA_HOME=$candidate
            return 0
        fi
    done
    echo "pyjit: no JDK $_pyjit_min_java or newer found (set JAVA_HOME to one, e.g. Temurin 25)" >&2
    exit 1
}

# pyjit_run MAIN CACHE JAR... -- ARGS...: execs MAIN (module/class) on the jars with ARGS. The Graal
# compiler's jars are recognised by name among them. CACHE holds the linked runtime and the class
# cache; when it is empty, neither is used.
pyjit_run() {
    local main=$1 cache=$2
    shift 2
    local -a jars=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        jars+=("$1")
        shift
    done
    [ $# -eq 0 ] || shift
    local compiler="" support_jars="" app_path="" jar
    for jar in "${jars[@]}"; do
        case "${jar##*/}" in
            compiler-[0-9]*.jar) compiler=$jar ;;
            # Without JVMCI these are ordinary modules that Truffle links against; only the compiler stays out.
            truffle-compiler-[0-9]*.jar | word-[0-9]*.jar | collections-[0-9]*.jar) support_jars="$support_jars:$jar" ;;
            *) app_path="$app_path${app_path:+:}$jar" ;;
        esac
    done
    local compiler_jars=$compiler$support_jars
    local graal=${PYJIT_GRAAL:-1} mode runtime="" java jdk
    mode=graal
    [ "$graal" != "0" ] || mode=interpreter
    [ -z "$cache" ] || runtime=$cache/pyjit-runtime
    local -a flags

    # The linked runtime serves while JAVA_HOME is unset or names the JDK it was linked from: finding
    # out costs no JVM start (pyjit_find_jdk runs `java -XshowSettings`, ~0.1 s).
    jdk=""
    [ -z "$runtime" ] || _pyjit_linked_jdk jdk
    if [ -n "$jdk" ] && [ -x "$runtime/bin/java" ] && { [ -z "${JAVA_HOME:-}" ] || [ "$(readlink -f "$JAVA_HOME")" = "$jdk" ]; }; then
        _pyjit_choose linked
    else
        [ -n "${PYJIT_JAVA_HOME:-}" ] || pyjit_find_jdk
        jdk=$(readlink -f "$PYJIT_JAVA_HOME")
        _pyjit_choose stock
    fi

    if [ -n "$cache" ] && [ "${PYJIT_AOT:-1}" != "0" ]; then
        local aot
        _pyjit_aot_file aot
        if [ "$java" = "$runtime/bin/java" ] && [ -f "$aot" ]; then
            flags+=(-XX:AOTCache="$aot")
        elif [ ! -f "$aot.failed" ] && [ "$(cat "$cache/.pyjit-runtime.failed" 2>/dev/null)" != "$jdk" ] && [ -x "$jdk/bin/jlink" ]; then
            # The job inherits the lock (fd 9) and holds it until it is done; the program starts now.
            exec 9>"$cache/.pyjit-aot.lock"
            if flock -n 9; then
                (_pyjit_prepare) </dev/null >/dev/null 2>&1 &
            fi
            exec 9>&-
        fi
    fi

    # shellcheck disable=SC2086  # PYJIT_JAVA_OPTS is a list of flags
    exec "$java" "${flags[@]}" ${PYJIT_JAVA_OPTS:-} -m "$main" "$@"
}

# The helpers below read pyjit_run's locals (bash scopes dynamically).

# Sets java and flags for the linked runtime (every jar on the module path) or, with "stock", for the
# JDK itself (the compiler on the upgrade module path, no class sharing).
_pyjit_choose() {
    # JVM warnings go to stderr, never into the program's output; the class-sharing messages (for
    # example "cache recorded with other jars" after a rebuild) stay silent: they only cost speed.
    flags=(-Xss16m -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off,aot*=off:stderr
        --sun-misc-unsafe-memory-access=allow
        --enable-native-access=ALL-UNNAMED,org.graalvm.truffle,org.graalvm.truffle.runtime,org.pyjit.language,org.graalvm.shadowed.jline)
    if [ "$1" = linked ]; then
        java=$runtime/bin/java
    else
        java=$jdk/bin/java
    fi
    if [ "$graal" = "0" ]; then
        flags+=(-Dpolyglot.engine.WarnInterpreterOnly=false --module-path "$app_path$support_jars")
    elif [ "$1" = linked ]; then
        flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --module-path "$app_path:$compiler_jars")
    else
        flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$compiler_jars" --module-path "$app_path")
    fi
    if [ "$graal" = "0" ]; then
        flags+=("${PYJIT_INTERPRETER_VM_FLAGS[@]}")
    else
        flags+=("${PYJIT_GRAAL_VM_FLAGS[@]}")
    fi
    flags+=(--add-modules ALL-MODULE-PATH)
}

# With Graal on 2 cores, C2 compiling Graal itself competes with the program and with Graal's own
# compilations; C1 alone (and a GC without concurrent threads) measured 20-35% faster whole process
# on 6 of 7 benchmarks (generators lost 40%: BENCHMARKS.md). Also what the GraalPy benchmark peer
# runs with (tests/bench/graalpy/graalpy).
# Graal's speculative guard movement hoists a guard that always fails out of a loop that nests
# another loop with a call in it (its first OSR compilation then deoptimizes on entry, is thrown away
# and redone: ~1 s of compiler time per such loop, word_freq 4.5 -> 3.9 s); LauncherTest checks it.
# C1 inlines only methods below 35 bytes, which leaves the Truffle frame's accessors (every local
# read and write of the interpreter) calls until Graal's code arrives; inlining those two classes
# made the C1-compiled interpreter ~8% faster, forcing all of pyjit's classes 2.6x slower (code too
# large; BENCHMARKS.md). `quiet` keeps the JVM's echo of each CompileCommand off stdout.
PYJIT_C1_INLINE_FLAGS=(-XX:CompileCommand=quiet -XX:CompileCommand=inline,com.oracle.truffle.api.impl.FrameWithoutBoxing::*
    -XX:CompileCommand=inline,com.oracle.truffle.api.frame.FrameDescriptor::*)
PYJIT_GRAAL_VM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djdk.graal.SpeculativeGuardMovement=false "${PYJIT_C1_INLINE_FLAGS[@]}")
# Without Graal the JVM keeps C2 (the Truffle interpreter is Java code that must run fast), but G1's
# concurrent threads take the second core from it too: the serial GC measured binary_trees 4.2-6.2 ->
# 3.3-3.5 s, pidigits 2.0-3.5 -> 1.5-1.7 s, generators 2.3-2.5 -> 2.0-2.1 s (BENCHMARKS.md).
PYJIT_INTERPRETER_VM_FLAGS=(-XX:+UseSerialGC)
# Neither class cache holds training data (method profiles of the training program, which the JVM
# replays at start-up, compiling those methods before the program needs them): without Graal that
# cost more than it gave (C2: binary_trees 3.0-3.3 -> 2.8 s, richards 3.9-4.0 -> 3.5-3.7 s,
# mandelbrot 0.30-0.31 -> 0.26-0.30 s); with Graal C1's one thread spent the first few hundred
# milliseconds on it, the main thread's second core (print(1) 0.350 -> 0.315 s, nbody 0.89 -> 0.71,
# mandelbrot 0.68 -> 0.52), and only richards and word_freq, which run long in the interpreter
# before Graal's code arrives, lost 5-10% (BENCHMARKS.md).
PYJIT_AOT_RECORD_FLAGS=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)

# The cache is named after the jars, the JDK, this script (the modules left out of the runtime and
# the JVM flags above) and the training program it was recorded with (the JVM ignores a cache whose
# jars changed, silently), so a rebuild, new flags or a new training program record a fresh one:
# their sizes and dates, and the JDK's path, folded into one number in bash arithmetic. Sets VAR.
_pyjit_aot_file() {
    local -n _name=$1
    local sum=0 n i text="$jdk"
    for ((i = 0; i < ${#text}; i++)); do
        printf -v n '%d' "'${text:i:1}"
        sum=$(((sum * 31 + n) % 1000000007))
    done
    for n in $(stat -L -c '%s %Y' "${jars[@]}" "$_pyjit_libexec/launch.sh" "$_pyjit_libexec/aot-training.py"); do
        sum=$(((sum * 1000003 + n) % 4000000007))
    done
    _name=$cache/pyjit-$mode-$sum.aot
}

# Sets VAR to the JDK the linked runtime was made from (the first line of its pyjit-linked-from), if
# it was made without the modules _pyjit_unlinked names now (the second line); else to nothing.
_pyjit_linked_jdk() {
    local -n _linked=$1
    local from without
    _linked=""
    [ -f "$runtime/pyjit-linked-from" ] && { read -r from && read -r without; } <"$runtime/pyjit-linked-from" || return 0
    [ "$without" != "$_pyjit_unlinked" ] || _linked=$from
}

# In the background, holding the lock: links the runtime from the JDK if needed (every module except
# those _pyjit_unlinked names, built beside it and renamed into place), then records the cache.
_pyjit_prepare() {
    local tmp mods aot linked
    _pyjit_linked_jdk linked
    if [ "$linked" != "$jdk" ]; then
        mods=$("$jdk/bin/java" --list-modules | sed 's/@.*//' | grep -v -E "^($_pyjit_unlinked)\$" | paste -sd, -)
        tmp=$(mktemp -d "$cache/.pyjit-runtime.XXXXXX")
        if "$jdk/bin/jlink" --add-modules "$mods" --generate-cds-archive --output "$tmp/image" >/dev/null 2>&1; then
            printf '%s\n%s\n' "$jdk" "$_pyjit_unlinked" >"$tmp/image/pyjit-linked-from"
            rm -rf "$runtime"
            mv -T "$tmp/image" "$runtime"
        else
            echo "$jdk" >"$cache/.pyjit-runtime.failed"
        fi
        rm -rf "$tmp"
    fi
    _pyjit_linked_jdk linked
    [ "$linked" = "$jdk" ] || return 0
    _pyjit_choose linked
    _pyjit_aot_file aot
    [ ! -f "$aot" ] || return 0
    rm -f "$cache"/pyjit-"$mode"-*.aot "$cache"/pyjit-"$mode"-*.aot.failed "$cache"/pyjit-"$mode"-*.aot.tmp*
    # Always pyjit's own launcher, also for bin/polyglot: the cache depends on the module path and
    # flags, not on the main class, and the training program needs the pyjit command line.
    # A cache the JVM cannot load back would crash every run until the jars change (seen once: a
    # SIGSEGV in AOTLinkedClassBulkLoader at start-up), so one JVM starts with it before it is used.
    local log=$aot.tmp.$$.log
    if nice -n 5 "$java" "${flags[@]}" "${PYJIT_AOT_RECORD_FLAGS[@]}" -XX:AOTCacheOutput="$aot.tmp.$$" -m org.pyjit.launcher/org.pyjit.launcher.PyMain \
        "$_pyjit_libexec/aot-training.py" >"$log" 2>&1 && [ -s "$aot.tmp.$$" ] &&
        "$java" "${flags[@]}" -XX:AOTCache="$aot.tmp.$$" -XX:ErrorFile="$aot.tmp.$$.crash" -m org.pyjit.launcher/org.pyjit.launcher.PyMain -c pass >>"$log" 2>&1; then
        mv -f "$aot.tmp.$$" "$aot"
        rm -f "$log"
    else
        # The marker keeps the reason: no run tries again until the jars change, and all of them stay slow.
        {
            echo "recording $aot failed; the JVMs' last output:"
            tail -n 40 "$log"
            [ ! -f "$aot.tmp.$$.crash" ] || head -n 20 "$aot.tmp.$$.crash"
        } >"$aot.failed" 2>/dev/null || : >"$aot.failed"
        rm -f "$aot.tmp.$$"*
    fi
}

# The standalone's bin/pyjit and bin/polyglot: MAIN ARGS... on the jars in modules/. Runtime and cache
# are kept in cache/ here, or under ~/.cache/pyjit when this directory is read-only.
pyjit_launch() {
    local main=$1
    shift
    local home cache
    home=$(cd "$_pyjit_libexec/.." && pwd)
    cache=$home/cache
    if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
        cache=${XDG_CACHE_HOME:-$HOME/.cache}/pyjit/$(echo "$home" | cksum | cut -d' ' -f1)
        mkdir -p "$cache" 2>/dev/null || cache=""
    fi
    pyjit_run "$main" "$cache" "$home"/modules/*.jar -- "$@"
}
