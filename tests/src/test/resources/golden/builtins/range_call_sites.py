# range(...) of ints is made at the call site; anything else goes to range's own constructor.
def sizes(args_list):
    out = []
    for args in args_list:
        n = 0
        for _ in range(*args):
            n += 1
        out.append(n)
    return out

print(sizes([(5,), (2, 7), (10, 0, -3), (0,), (-4,), (3, 3), (1, 10, 4), (2**62, 2**62 + 5), (-2**63, -2**63 + 3)]))
r = range(1, 11, 3)
print(r, len(r), r[1], r[-1], list(r), 7 in r, range(-5, 5, 2)[::2])
print(range(True, 3), range(-2**62, 2**62)[-1], range(2**70, 2**70 + 3)[2], len(range(0, 2**64, 2**62)))
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(stop=3), lambda: range("3")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def shadowed():
    range = lambda *a: ["own", a]
    return range(3)
print(shadowed())
