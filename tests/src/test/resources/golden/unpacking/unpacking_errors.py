cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b in [(1,)]],
    lambda: [a for a, b, c in ["ab"]],
    lambda: [a for a, *b, c in [[1]]],
    lambda: [a for a, b in [5]],
]
for fn in cases:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    x, y = 1, 2, 3
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
try:
    a, *b, c, d = (1, 2)
except ValueError as e:
    print(e)
