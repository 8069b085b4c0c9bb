package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PySysModule.fn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStructSeq;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** The time module. */
final class PyTimeModule {
    private PyTimeModule() {
    }

    static final String[] STRUCT_TIME_FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"};

    /** A time.struct_time of the instant {@code seconds} after the epoch, in UTC or the local zone. */
    private static PyStructSeq structTime(long seconds, boolean utc) {
        java.time.ZonedDateTime t = java.time.Instant.ofEpochSecond(seconds).atZone(utc ? java.time.ZoneOffset.UTC : java.time.ZoneId.systemDefault());
        boolean dst = !utc && t.getZone().getRules().isDaylightSavings(t.toInstant());
        String zone = utc ? "GMT" : t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US));
        return new PyStructSeq(PyTypes.STRUCT_TIME, "time.struct_time", STRUCT_TIME_FIELDS,
                        new Object[]{(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(), (long) t.getMinute(),
                                        (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), dst ? 1L : 0L},
                        new Object[]{zone, (long) t.getOffset().getTotalSeconds()});
    }

    /** The seconds argument of gmtime, localtime and ctime: now when absent or None; floats round down. */
    private static long seconds(Object[] args) {
        if (args.length == 0 || args[0] == PyNone.NONE) {
            return java.time.Instant.now().getEpochSecond();
        }
        if (args[0] instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            return (long) Math.floor(d);
        }
        return PyOps.indexAsLong(args[0]);
    }

    /** The nine fields of a struct_time or a 9-tuple as longs. */
    private static long[] fields(Object t, String function) {
        if (!(t instanceof PyTuple tuple)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErrors.typeError(function + "(): illegal time tuple argument");
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            f[i] = PyOps.indexAsLong(tuple.get(i));
        }
        return f;
    }

    /** mktime: the fields as local time, in seconds since the epoch. */
    private static long localSeconds(long[] f) {
        java.time.LocalDateTime local = java.time.LocalDateTime.of((int) f[0], 1, 1, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1).plusHours(f[3])
                        .plusMinutes(f[4]).plusSeconds(f[5]);
        return local.atZone(java.time.ZoneId.systemDefault()).toEpochSecond();
    }

    private static String two(long v) {
        return v < 10 && v >= 0 ? "0" + v : Long.toString(v);
    }

    /** time.strftime in the C locale, with glibc's directives; an unknown one is copied. */
    private static String strftime(String format, Object t) {
        long[] f = fields(t, "strftime");
        // A struct_time knows its zone; for a plain tuple, the local zone's current one.
        String zone;
        long offset;
        if (t instanceof PyStructSeq s && s.extra(0) instanceof String z && s.extra(1) instanceof Long o) {
            zone = z;
            offset = o;
        } else {
            java.time.ZonedDateTime now = java.time.ZonedDateTime.now();
            zone = now.format(java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.US));
            offset = now.getOffset().getTotalSeconds();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++i);
            long year = f[0], month = f[1], day = f[2], hour = f[3], minute = f[4], second = f[5], wday = f[6], yday = f[7];
            long hour12 = hour % 12 == 0 ? 12 : hour % 12;
            switch (d) {
                case 'a' -> sb.append(DAYS[(int) Math.floorMod(wday, 7)], 0, 3);
                case 'A' -> sb.append(DAYS[(int) Math.floorMod(wday, 7)]);
                case 'b', 'h' -> sb.append(MONTHS[(int) Math.floorMod(month - 1, 12)], 0, 3);
                case 'B' -> sb.append(MONTHS[(int) Math.floorMod(month - 1, 12)]);
                case 'c' -> sb.append(strftime("%a %b %e %H:%M:%S %Y", t));
                case 'C' -> sb.append(two(year / 100));
                case 'd' -> sb.append(two(day));
                case 'D', 'x' -> sb.append(strftime("%m/%d/%y", t));
                case 'e' -> sb.append(day < 10 ? " " + day : Long.toString(day));
                case 'F' -> sb.append(strftime("%Y-%m-%d", t));
                case 'G', 'g', 'V' -> {
                    java.time.LocalDate date = java.time.LocalDate.of((int) year, (int) month, (int) day);
                    long weekYear = date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
                    long week = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    sb.append(d == 'G' ? Long.toString(weekYear) : d == 'g' ? two(weekYear % 100) : two(week));
                }
                case 'H' -> sb.append(two(hour));
                case 'I' -> sb.append(two(hour12));
                case 'j' -> sb.append(String.format("%03d", yday));
                case 'k' -> sb.append(hour < 10 ? " " + hour : Long.toString(hour));
                case 'l' -> sb.append(hour12 < 10 ? " " + hour12 : Long.toString(hour12));
                case 'm' -> sb.append(two(month));
                case 'M' -> sb.append(two(minute));
                case 'n' -> sb.append('\n');
                case 'p' -> sb.append(hour < 12 ? "AM" : "PM");
                case 'r' -> sb.append(strftime("%I:%M:%S %p", t));
                case 'R' -> sb.append(strftime("%H:%M", t));
                case 's' -> sb.append(localSeconds(f));
                case 'S' -> sb.append(two(second));
                case 't' -> sb.append('\t');
                case 'T', 'X' -> sb.append(strftime("%H:%M:%S", t));
                case 'u' -> sb.append(Math.floorMod(wday, 7) + 1);
                case 'U' -> sb.append(two((yday - 1 + 7 - (wday + 1) % 7) / 7));
                case 'w' -> sb.append((wday + 1) % 7);
                case 'W' -> sb.append(two((yday - 1 + 7 - wday) / 7));
                case 'y' -> sb.append(two(Math.floorMod(year, 100)));
                case 'Y' -> sb.append(year);
                case 'z' -> sb.append(offset < 0 ? '-' : '+').append(two(Math.abs(offset) / 3600)).append(two(Math.abs(offset) % 3600 / 60));
                case 'Z' -> sb.append(zone);
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    static PyModule create() {
        PyModule m = new PyModule("time");
        fn(m, "gmtime", (args, kw) -> {
            PyArgs.range("gmtime", args, kw, 0, 1);
            return structTime(seconds(args), true);
        });
        fn(m, "localtime", (args, kw) -> {
            PyArgs.range("localtime", args, kw, 0, 1);
            return structTime(seconds(args), false);
        });
        fn(m, "mktime", (args, kw) -> {
            PyArgs.range("mktime", args, kw, 1, 1);
            return (double) localSeconds(fields(args[0], "mktime"));
        });
        fn(m, "strftime", (args, kw) -> {
            PyArgs.range("strftime", args, kw, 1, 2);
            if (!(args[0] instanceof String format)) {
                throw PyErrors.typeError("strftime() argument 1 must be str, not " + PyOps.typeName(args[0]));
            }
            return strftime(format, args.length > 1 ? args[1] : structTime(java.time.Instant.now().getEpochSecond(), false));
        });
        fn(m, "asctime", (args, kw) -> {
            PyArgs.range("asctime", args, kw, 0, 1);
            return strftime("%a %b %e %H:%M:%S %Y", args.length > 0 ? args[0] : structTime(java.time.Instant.now().getEpochSecond(), false));
        });
        fn(m, "ctime", (args, kw) -> {
            PyArgs.range("ctime", args, kw, 0, 1);
            return strftime("%a %b %e %H:%M:%S %Y", structTime(seconds(args), false));
        });
        fn(m, "time", (args, kw) -> {
            PyArgs.none("time", args, kw);
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(m, "time_ns", (args, kw) -> {
            PyArgs.none("time_ns", args, kw);
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        fn(m, "perf_counter", (args, kw) -> {
            PyArgs.none("perf_counter", args, kw);
            return System.nanoTime() / 1e9;
        });
        fn(m, "perf_counter_ns", (args, kw) -> {
            PyArgs.none("perf_counter_ns", args, kw);
            return System.nanoTime();
        });
        fn(m, "monotonic", (args, kw) -> {
            PyArgs.none("monotonic", args, kw);
            return System.nanoTime() / 1e9;
        });
        fn(m, "monotonic_ns", (args, kw) -> {
            PyArgs.none("monotonic_ns", args, kw);
            return System.nanoTime();
        });
        fn(m, "process_time", (args, kw) -> {
            PyArgs.none("process_time", args, kw);
            ThreadMXBean b = ManagementFactory.getThreadMXBean();
            return b.getCurrentThreadCpuTime() / 1e9;
        });
        fn(m, "sleep", (args, kw) -> {
            PyArgs.exactlyOne("sleep", args, kw);
            Object v = args[0];
            double secs;
            if (v instanceof Double d) {
                secs = d;
            } else if (PyInt.isInt(v)) {
                secs = PyInt.toDouble(v);
            } else {
                throw PyErrors.typeError("'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
            }
            if (secs < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            try {
                long ms = (long) (secs * 1000);
                int ns = (int) ((secs * 1e9) % 1_000_000);
                Thread.sleep(ms, ns);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
