# Lists repeated from bools ([True] * n) keep them unboxed in a boolean[], and lists repeated from
# floats or built by appending floats to an empty list in a double[], until another value or a
# structural change: every list operation must still behave as on any other list, in tier 1, in
# tier 2 (which pins them) and in Graal's code.
flags = [True] * 5
print(flags, len(flags), flags[0], flags[-1], type(flags[2]).__name__)
flags[1] = False
flags.append(False)
print(flags, flags.count(False), flags.index(False), True in flags, 1 in flags, flags == [True, False, True, True, True, False])
flags[2] = 1
print(flags, [type(f).__name__ for f in flags])
mixed = [True, False] * 3
mixed[0] = "yes"
print(mixed, mixed * 0, [False] * 0, [] * 4, [True] * -2)
bits = [False, True] * 2
bits += [True]
bits.insert(0, False)
print(bits, bits.pop(), bits.pop(0), sorted(bits), bits[1:3], bits[::-1])
grown = [True]
grown *= 3
print(grown, grown is grown, [[True] * 2] * 2)
fl = [0.5] * 4
fl[3] = 2.0
print(fl, sum(fl), fl.index(2.0), fl + [1], [1.0, 2.0] * 2)
nan = float("nan")
nans = [nan] * 2
print(nans, nans[0] is nans[1], nan in nans, nans.count(nan))
fl[0] = "x"
print(fl)
ints = [0] * 3
ints[1] = 7
print(ints, [None] * 2, ["a", 1.5] * 2, [-0.0] * 2)


def sieve(limit):
    marks = [True] * (limit + 1)
    marks[0] = marks[1] = False
    i = 2
    while i * i <= limit:
        if marks[i]:
            j = i * i
            while j <= limit:
                marks[j] = False
                j += i
        i += 1
    return marks


def count(marks):
    c = 0
    for k in range(len(marks)):
        if marks[k]:
            c += 1
    return c


total = 0
for r in range(40):
    total += count(sieve(3000 + r))
print(total, sieve(30))
marks = sieve(20)
marks[5] = None
print(marks[:8], count([True, False] * 3))
try:
    print(([True] * 3)[3])
except IndexError as e:
    print("IndexError:", e)

# An empty list that gets a float appended keeps its floats unboxed too.
out = []
for i in range(5):
    out.append(i / 2)
print(out, out[-1], sum(out), out.index(1.0), 0.5 in out)
out.append(3)
print(out, [type(v).__name__ for v in out])
grow = []
grow.append(nan)
grow.append(1.0)
print(grow, nan in grow)
vec = []
vec.append(-0.0)
vec.extend([1.5, 2.5])
vec.insert(1, True)
print(vec, vec.pop(), len(vec), vec.count(-0.0))


def norms(n):
    rows = []
    for i in range(n):
        r = []
        for j in range(n):
            r.append((i + 1) * 0.5 + j)
        rows.append(r)
    s = 0.0
    for r in rows:
        for j in range(n):
            s += r[j] * r[j]
    return s


acc = 0.0
for k in range(300):
    acc += norms(6)
print(acc)
