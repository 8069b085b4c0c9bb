# Every binary operator (and divmod, in, pow with a modulus, round, max, @) on pairs of ints,
# big ints, floats (inf, nan, -0.0), bools, str, list, tuple, None, dict: CPython's result or
# its exact error. Negative numbers to fractional powers (complex results) are left out.
pool = [0, -7, 2**63, 0.5, -0.0, float('-inf'), float('nan'), True, 'ab', [1], (1, 2), None, {1: 2}]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("//", lambda a, b: a // b),
       ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
       ("!=", lambda a, b: a != b), ("divmod", lambda a, b: divmod(a, b)), ("in", lambda a, b: a in b), ("pow3", lambda a, b: pow(a, b, 7)),
       ("round", lambda a, b: round(a, b) if not isinstance(b, int) or abs(b) < 400 else 'skip'), ("max", lambda a, b: max(a, b)), ("@", lambda a, b: a @ b)]
def safe(a, b, name):
    # skip huge computations CPython would also grind on
    if name in ("**", "pow3") and isinstance(b, int) and not isinstance(b, bool) and b > 1000 and isinstance(a, int) and abs(a) > 1:
        return True
    if name == "<<" and isinstance(b, int) and b > 10**6 and isinstance(a, int) and a != 0:
        return True
    if name == "*" and isinstance(b, int) and b > 10**6 and isinstance(a, (str, list, tuple)) and len(a) > 0:
        return True
    if name == "*" and isinstance(a, int) and a > 10**6 and isinstance(b, (str, list, tuple)) and len(b) > 0:
        return True
    if name in ('**', 'pow3') and isinstance(a, (int, float)) and a < 0 and a != float('-inf') and isinstance(b, float) and b == b and b != int(b) if isinstance(b, float) and b not in (float('inf'), float('-inf')) else False:
        return True
    return False
for name, f in ops:
    for a in pool:
        for b in pool:
            if safe(a, b, name):
                continue
            try:
                r = f(a, b)
                s = repr(r)
                if len(s) > 80:
                    s = s[:40] + '...' + str(len(s))
            except Exception as e:
                s = type(e).__name__ + ": " + str(e)
            print(name, repr(a), repr(b), s)
print(pow(0.5, 'ab', 7) if False else 'end')
