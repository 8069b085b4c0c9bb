# Which error a bad format spec gets: CPython checks a separator against the
# presentation type first, then the type, then what the type allows.
def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)


cases = [
    (1, ".2s"), (True, ".1s"), (1, ".2z"), (1, ",s"), (1, "_s"), (1.5, ",x"),
    (1.5, "_x"), (1, ",x"), (1, "_x"), (255, "_b"), (255, "#_o"), (1, ",c"),
    (65, "_c"), (1, "#c"), (65, "+c"), (65, "c"), (1, ".1c"), (1.5, "_n"),
    (1.5, ",n"), (1234567, ",n"), (1234567, "_d"), (1234.5, "_f"), (1234.5, ","),
    (1234, ",.2f"), ("abc", ","), ("abc", ",s"), ("abc", ",d"), ("abc", "+,"),
    ("abc", "#"), ("abc", "_<5"), (1, ",%"), (0.25, "_%"), (1, "z"), (-0.0, "z.1f"),
    (10, ".3"), (2.5, ",b"), ("x", ".2c"), (1, "=^5,"), (3, "#x"), (-3, "#_X"),
]
for value, spec in cases:
    attempt(f"{value!r:>9} {spec!r:>8}", lambda: format(value, spec))
attempt("f-string #c", lambda: f"{1:#c}")
attempt("str.format _n", lambda: "{:_n}".format(1.5))
attempt("str.format ,s", lambda: "{:,s}".format(7))
attempt("big c", lambda: format(2 ** 70, "c"))
