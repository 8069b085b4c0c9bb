# list.append in hot loops, which tier 2 runs natively: room made when the loop is entered, a
# storage that fills up mid-loop, side exits after appends of earlier iterations and of the same
# iteration (ints overflowing into big ints, a zero divisor), reads of the list being appended to,
# aliases, and values of other types.


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(i, j) * v[j]
        out.append(acc)
    return out


u = [1.0] * 30
for _ in range(3):
    u = times_a(u, 30)
print([round(x, 9) for x in u[:4]], len(u))


def squares_while(n):
    out = [0]
    k = 1
    while k < n:
        out.append(k * k)
        out.append(out[-1] + out[k - 1])
        k += 1
    return out


r = squares_while(200)
print(len(r), r[:6], r[-3:], sum(r))


def doubling(n):
    out = [1]
    x = 1
    for _ in range(n):
        x = x * 3
        out.append(x)
        out.append(len(out))
    return out


d = doubling(60)
print(len(d), d[70:74], d[-2:])


def reciprocals(out, xs):
    for k in range(len(xs)):
        out.append(float(k))
        out.append(1.0 / xs[k])
    return out


xs = [float(k - 300) for k in range(600)]
partial = []
try:
    reciprocals(partial, xs)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, len(partial), partial[-3:])
good = [float(k + 1) for k in range(500)]
res = reciprocals([], good)
print(len(res), res[:4], res[-2:])


def collect(out, n):
    for k in range(n):
        out.append(k * 0.5)
    return out


base = [9.0, 8.0]
alias = base
collect(base, 100)
print(len(base), len(alias), base[:4], base[-1], alias is base)


def aliased(n):
    out = [1.0]
    same = out
    for k in range(n):
        out.append(same[k] + 1.0)
    return out


print(aliased(50)[-3:])


def mixed(n):
    out = []
    for k in range(n):
        if k % 7 == 6:
            out.append(k)
        else:
            out.append(k * 1.5)
    return out


m = mixed(100)
print(len(m), m[:8], type(m[6]).__name__, type(m[7]).__name__)


def flags(n):
    out = []
    for k in range(n):
        out.append(k % 3 == 0)
    return out


print(sum(flags(300)))


def grow_then_use(n):
    out = []
    total = 0
    i = 0
    while i < n:
        out.append(i)
        total += out[i] + len(out)
        i += 1
    return total, len(out), out[-1]


for _ in range(3):
    print(grow_then_use(5000))
