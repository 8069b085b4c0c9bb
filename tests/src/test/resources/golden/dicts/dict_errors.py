d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
try:
    del d["q"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    {1: 2}[{}]
except TypeError as e:
    print("TypeError", e)
try:
    d[""]
except KeyError as e:
    print("KeyError", e, str(e))
try:
    d[0.5]
except LookupError as e:
    print(type(e).__name__, e)
print(d)
