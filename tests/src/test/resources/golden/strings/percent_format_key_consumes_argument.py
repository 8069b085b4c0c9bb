# A %(key) conversion makes the key's value the only argument left: a later conversion without a key
# (or a '*' width) finds none, while one before the key takes the mapping itself.
for fmt, args in [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)s", {"a": 1, "b": 2}), ("%(a)*s", {"a": 3}),
                  ("%s %s", {"a": 1}), ("%(a)s", ({"a": 1},)), ("%(a)s", {"a": 1, "b": 2}), ("%s", {"a": 1}),
                  ("%(a)s %%", {"a": 1}), ("%(a)d|%(a)5.1f", {"a": 2}), ("%s%s", [1, 2]), ("%(0)s", [1]),
                  ("%(a)s %(a)r %s", {"a": "x"})]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)

print("%(a)s and %s" % {"a": 1})
