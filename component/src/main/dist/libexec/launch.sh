# Sourced by bin/pyjit and bin/polyglot: runs MAIN (module/class) on the jars of this distribution with
# a JDK >= 25 (JAVA_HOME when new enough, else the first one under /usr/lib/jvm), with the Graal
# compiler enabled on a stock JDK.
#   PYJIT_GRAAL=0     run without the Graal compiler (Truffle's interpreter only)
#   PYJIT_JAVA_OPTS   extra JVM flags
#   PYJIT_AOT=0       do not use the class cache and start no background job (below)
#
# Start-up, as in the repository's ./pyjit: a stock JDK accepts the Graal compiler only through
# --upgrade-module-path (its image holds an empty jdk.graal.compiler module), which switches class
# data sharing off. So the first run starts a background job that links a copy of the JDK without
# that module and records a JDK 25 AOT cache (classes and method profiles) from a short training
# program; later runs use both and start about twice as fast. They are kept in cache/ here, or under
# ~/.cache/pyjit when this directory is read-only.
pyjit_launch() {
    local main=$1
    shift
    local home modules
    home=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
    modules=$home/modules
    local graal=${PYJIT_GRAAL:-1} mode
    mode=$([ "$graal" = "0" ] && echo interpreter || echo graal)

    local cache=$home/cache
    if ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
        cache=${XDG_CACHE_HOME:-$HOME/.cache}/pyjit/$(echo "$home" | cksum | cut -d' ' -f1)
        mkdir -p "$cache" 2>/dev/null || cache=""
    fi
    local runtime=$cache/runtime

    local compiler_jars="" app_path="" jar name
    for jar in "$modules"/*.jar; do
        name=$(basename "$jar")
        case "$name" in
            compiler-[0-9]*.jar | truffle-compiler-[0-9]*.jar | word-[0-9]*.jar | collections-[0-9]*.jar)
                compiler_jars="$compiler_jars${compiler_jars:+:}$jar" ;;
            *) app_path="$app_path${app_path:+:}$jar" ;;
        esac
    done
    # Without JVMCI, word/collections/truffle-compiler are ordinary modules; the compiler stays out.
    local support_jars=""
    for jar in ${compiler_jars//:/ }; do
        case "$(basename "$jar")" in compiler-[0-9]*.jar) ;; *) support_jars="$support_jars:$jar" ;; esac
    done

    # JVM warnings go to stderr, never into the program's output; class-sharing messages stay silent.
    local -a common=(-Xss16m -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off,aot*=off:stderr
        --sun-misc-unsafe-memory-access=allow
        --enable-native-access=ALL-UNNAMED,org.graalvm.truffle,org.graalvm.truffle.runtime,org.pyjit.language,org.graalvm.shadowed.jline)
    local java
    local -a flags

    # Sets java and flags for the linked runtime (every jar on the module path) or the stock JDK.
    _pyjit_choose() {
        flags=("${common[@]}")
        if [ "$1" = linked ]; then
            java=$runtime/bin/java
            if [ "$graal" = "0" ]; then
                flags+=(-Dpolyglot.engine.WarnInterpreterOnly=false --module-path "$app_path$support_jars")
            else
                flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --module-path "$app_path:$compiler_jars")
            fi
        else
            java=$2/bin/java
            if [ "$graal" = "0" ]; then
                flags+=(-Dpolyglot.engine.WarnInterpreterOnly=false --module-path "$app_path$support_jars")
            else
                flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$compiler_jars" --module-path "$app_path")
            fi
        fi
        # With Graal on 2 cores, C2 compiling Graal itself competes with the program and Graal's own
        # compilations; C1 alone and a GC without concurrent threads measured faster (BENCHMARKS.md).
        [ "$graal" = "0" ] || flags+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
        flags+=(--add-modules ALL-MODULE-PATH)
    }

    _pyjit_aot_file() {
        echo "$cache/pyjit-$mode-$( (echo "$1"; stat -c '%n %s %Y' "$modules"/*.jar) | cksum | cut -d' ' -f1).aot"
    }

    # In the background, holding the lock: links the runtime from JDK $1 if needed (every module except
    # the compiler placeholder and the tools that cannot be relinked), then records the cache.
    _pyjit_prepare() {
        local jdk=$1 tmp mods aot
        if [ "$(cat "$runtime/pyjit-linked-from" 2>/dev/null)" != "$jdk" ]; then
            mods=$("$jdk/bin/java" --list-modules | sed 's/@.*//' |
                grep -v -E '^(jdk\.graal\.compiler.*|jdk\.jlink|jdk\.jpackage|jdk\.incubator\..*)$' | paste -sd, -)
            tmp=$(mktemp -d "$cache/.runtime.XXXXXX")
            if "$jdk/bin/jlink" --add-modules "$mods" --generate-cds-archive --output "$tmp/image" >/dev/null 2>&1; then
                echo "$jdk" >"$tmp/image/pyjit-linked-from"
                rm -rf "$runtime"
                mv -T "$tmp/image" "$runtime"
            else
                echo "$jdk" >"$cache/runtime.failed"
            fi
            rm -rf "$tmp"
        fi
        [ "$(cat "$runtime/pyjit-linked-from" 2>/dev/null)" = "$jdk" ] || return 0
        _pyjit_choose linked
        aot=$(_pyjit_aot_file "$jdk")
        [ ! -f "$aot" ] || return 0
        rm -f "$cache"/pyjit-"$mode"-*.aot "$cache"/pyjit-"$mode"-*.aot.failed "$cache"/pyjit-"$mode"-*.aot.tmp*
        # Loads the interpreter's common paths and keeps Graal busy long enough to be recorded too.
        if nice -n 5 "$java" "${flags[@]}" -XX:AOTCacheOutput="$aot.tmp.$$" -m org.pyjit.launcher/org.pyjit.launcher.PyMain -c '
import math
class Node:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest
    def total(self):
        node, s = self, 0
        while node is not None:
            s += node.value
            node = node.rest
        return s
class Leaf(Node):
    def __init__(self, value):
        super().__init__(value)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def squares(n):
    for i in range(n):
        yield i * i
def work(n):
    words = {}
    for w in ("alpha beta gamma delta " * 50).split():
        words[w.upper()] = words.get(w.upper(), 0) + 1
    xs = [float(i) / 3.0 for i in range(n)]
    a, b, c = (1, "a", 2.5)
    chain = None
    for i in range(200):
        chain = Node(i, chain) if i % 2 else Leaf(i)
    try:
        {}["missing"]
    except KeyError:
        pass
    return (sum(squares(n)) + fib(15) + len(words) + int(math.sqrt(sum(xs))) + chain.total()
            + sum(x for x in range(n) if x & 1) + (2 ** 100 // 3) % 7 + len(f"{a:>5}{b}{c:.2f}"))
for round in range(60):
    r = work(3000)
print(r, sorted([3, 1, 2], key=lambda v: -v), str(max(range(10))))
' && [ -s "$aot.tmp.$$" ]; then
            mv -f "$aot.tmp.$$" "$aot"
        else
            rm -f "$aot.tmp.$$"*
            : >"$aot.failed"
        fi
    }

    # The linked runtime serves while JAVA_HOME is unset or names the JDK it was linked from (no JVM
    # start to find out); otherwise look for a JDK >= 25 (the jars are class file version 69).
    local jdk
    jdk=$(cat "$runtime/pyjit-linked-from" 2>/dev/null || true)
    if [ -n "$cache" ] && [ -n "$jdk" ] && [ -x "$runtime/bin/java" ] &&
        { [ -z "${JAVA_HOME:-}" ] || [ "$(readlink -f "$JAVA_HOME")" = "$jdk" ]; }; then
        _pyjit_choose linked
    else
        local required=25 candidate major
        jdk=""
        for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
            [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
            major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
                sed -n 's/^ *java.specification.version = //p' | head -n1)
            if [ -n "$major" ] && [ "${major%%.*}" -ge "$required" ] 2>/dev/null; then
                jdk=$(readlink -f "$candidate")
                break
            fi
        done
        if [ -z "$jdk" ]; then
            echo "pyjit: no JDK $required or newer found (set JAVA_HOME to one)" >&2
            exit 1
        fi
        _pyjit_choose stock "$jdk"
    fi

    if [ -n "$cache" ] && [ "${PYJIT_AOT:-1}" != "0" ]; then
        local aot
        aot=$(_pyjit_aot_file "$jdk")
        if [ "$java" = "$runtime/bin/java" ] && [ -f "$aot" ]; then
            flags+=(-XX:AOTCache="$aot")
        elif [ ! -f "$aot.failed" ] && [ "$(cat "$cache/runtime.failed" 2>/dev/null)" != "$jdk" ] && [ -x "$jdk/bin/jlink" ]; then
            # The job inherits the lock (fd 9) and holds it until it is done; the program starts now.
            exec 9>"$cache/.lock"
            if flock -n 9; then
                (_pyjit_prepare "$jdk") </dev/null >/dev/null 2>&1 &
            fi
            exec 9>&-
        fi
    fi

    # shellcheck disable=SC2086  # PYJIT_JAVA_OPTS is a list of flags
    exec "$java" "${flags[@]}" ${PYJIT_JAVA_OPTS:-} -m "$main" "$@"
}
