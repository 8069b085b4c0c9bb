def check(x):
    assert x >= 0
    assert x < 100, "too big"
    assert isinstance(x, int), f"not int: {x!r}"
    return "ok"
for v in [5, -1, 150, 2.5, 0]:
    try:
        print(v, check(v))
    except AssertionError as e:
        print(v, "AssertionError", repr(e), e.args)
assert True
assert 1, "never shown"
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
