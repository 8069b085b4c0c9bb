# Augmented assignment with every operator on pairs of odd values, and the unary operators and
# conversions: CPython's result or exact error (list += x extends; *= tries the right operand's
# repeat only when the left one has no sequence methods).
pool = [0, -7, 2**63, 0.5, -0.0, float('inf'), float('nan'), True, 'ab', [1], (1, 2), None, {1: 2}, {3}, range(2)]
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
for op in ops:
    for a in pool:
        for b in pool:
            if op in ("**=", "<<=") and isinstance(b, int) and b > 1000:
                continue
            if op == "*=" and (isinstance(b, int) and b > 1000 or isinstance(a, int) and a > 1000):
                continue
            x = a.copy() if isinstance(a, (list, dict, set)) else a
            y = x
            try:
                if op == "+=": x += b
                elif op == "-=": x -= b
                elif op == "*=": x *= b
                elif op == "/=": x /= b
                elif op == "//=": x //= b
                elif op == "%=": x %= b
                elif op == "**=": x **= b
                elif op == "<<=": x <<= b
                elif op == ">>=": x >>= b
                elif op == "&=": x &= b
                elif op == "|=": x |= b
                elif op == "^=": x ^= b
                s = repr(x) + (" same" if x is y and isinstance(x, (list, dict, set)) else "")
            except Exception as e:
                s = type(e).__name__ + ": " + str(e)
            if 'j)' in s or 'complex' in s:
                s = 'complex (outside the subset)'
            print(op, repr(a), repr(b), s[:100])
for v in pool:
    for name, f in (("neg", lambda v: -v), ("pos", lambda v: +v), ("inv", lambda v: ~v), ("not", lambda v: not v), ("abs", abs), ("bool", bool), ("int", int), ("float", float), ("hash", lambda v: hash(v) if isinstance(v, (int, float)) and v == v else 'skip'), ("len", len), ("str", str), ("list", list), ("sorted", sorted)):
        try:
            s = repr(f(v))
        except Exception as e:
            s = type(e).__name__ + ": " + str(e)
        print(name, repr(v), s[:100])
