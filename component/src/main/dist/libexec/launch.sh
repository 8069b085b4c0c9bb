# Sourced by bin/pyjit and bin/polyglot: runs MAIN (module/class) on the jars of this distribution with
# a JDK >= 25 (JAVA_HOME when new enough, else the first one under /usr/lib/jvm), with the Graal
# compiler enabled on a stock JDK (JVMCI + the compiler on the upgrade module path).
#   PYJIT_GRAAL=0     run without the Graal compiler (Truffle's interpreter only)
#   PYJIT_JAVA_OPTS   extra JVM flags
pyjit_launch() {
    local main=$1
    shift
    local home modules
    home=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
    modules=$home/modules

    # The jars are compiled for Java 25 (class file version 69).
    local required=25 java_home="" candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java.specification.version = //p' | head -n1)
        if [ -n "$major" ] && [ "${major%%.*}" -ge "$required" ] 2>/dev/null; then
            java_home=$candidate
            break
        fi
    done
    if [ -z "$java_home" ]; then
        echo "pyjit: no JDK $required or newer found (set JAVA_HOME to one)" >&2
        exit 1
    fi

    local compiler_jars="" module_path="" jar name
    for jar in "$modules"/*.jar; do
        name=$(basename "$jar")
        case "$name" in
            compiler-[0-9]*.jar | truffle-compiler-[0-9]*.jar | word-[0-9]*.jar | collections-[0-9]*.jar)
                compiler_jars="$compiler_jars${compiler_jars:+:}$jar" ;;
            *) module_path="$module_path${module_path:+:}$jar" ;;
        esac
    done

    local -a flags=(-Xss16m --sun-misc-unsafe-memory-access=allow
        --enable-native-access=ALL-UNNAMED,org.graalvm.truffle,org.graalvm.truffle.runtime,org.pyjit.language,org.graalvm.shadowed.jline)
    if [ "${PYJIT_GRAAL:-1}" = "0" ]; then
        # Without JVMCI, word/collections/truffle-compiler are ordinary modules; the compiler stays out.
        for jar in ${compiler_jars//:/ }; do
            case "$(basename "$jar")" in compiler-[0-9]*.jar) ;; *) module_path="$module_path:$jar" ;; esac
        done
        flags+=(-Dpolyglot.engine.WarnInterpreterOnly=false)
    else
        flags+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$compiler_jars")
    fi

    # shellcheck disable=SC2086  # PYJIT_JAVA_OPTS is a list of flags
    exec "$java_home/bin/java" "${flags[@]}" ${PYJIT_JAVA_OPTS:-} \
        --module-path "$module_path" --add-modules ALL-MODULE-PATH -m "$main" "$@"
}
