# format() and % with every conversion on ints, big ints, floats (inf, nan), bools, str and
# others: CPython's text or its exact error (an unknown code for inf, %c out of range).
vals = [0, 7, -7, 255, 10**20, -10**20, 3.14159, -0.0, 1e16, 1.5e-7, float('inf'), float('nan'), True, 2**63]
specs = ["", "d", "x", "X", "#x", "o", "#o", "b", "#b", ",", "_", "_x", ",d", "+d", " d", "08d", "<8", ">8", "^8", "*^9", "=+10",
         "e", ".2e", "E", "f", ".0f", ".3f", ",.2f", "g", ".3g", "G", "%", ".1%", "10.3", "n", "c", "#g", "015,.2f", "-^12,", "x<10"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e)[:40])
    print(repr(v), row)
w, p = 10, 3
x = 3.14159
name = "pyjit"
print(f"{x:{w}.{p}f}|{x=}|{name=!r}|{name!a}|{x = :.2f}|{'ü'!a}|{w+p=}")
print("{0.real} {1[0]} {d[k]} {0!r:>6}".format(5, [9], d={'k': 'v'}))
print("{:{}}|{:>{w}}|{!s:^7}".format(1, 5, 2, 'ab', w=4))
print("%5.2f|%-6d|%x|%o|%e|%g|%s|%r|%c|%%|%+d|% d|%05d|%.3s" % (3.14159, 42, 255, 8, 12345.678, 0.00001, [1], 'a', 65, 5, 5, 5, 'abcdef'))
print("%(a)s-%(b)05.1f" % {'a': 'x', 'b': 2.25})
for bad in ["{", "}", "{0", "{:d}", "{a}", "{0}{}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
for bad in ["%d", "%s %s", "%(a)s", "%z", "%"]:
    try:
        print(bad % ("x",))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
vals = [0, 7, -7, 255, 10**20, 3.7, -2.5, float('inf'), float('nan'), True, 'ab', [1], None, 65.0]
convs = ["%d", "%i", "%u", "%x", "%X", "%#x", "%o", "%#o", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%s", "%r", "%a", "%5d", "%-5d|", "%+.2f", "% 05.1f", "%.0e", "%#.3g", "%*d", "%.*f"]
for v in vals:
    row = []
    for c in convs:
        try:
            if '*' in c:
                row.append(c % (4, v))
            else:
                row.append(c % (v,))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
for v in [-1, 0x110000, 2**63, 2**31, -2**63-1, 65, "ab", "", 1.5]:
    try:
        print(repr("%c" % (v,)))
    except Exception as e:
        print(type(e).__name__, e)
