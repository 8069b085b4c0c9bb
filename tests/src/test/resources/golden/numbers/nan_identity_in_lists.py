# A NaN object finds itself in a list by identity (in, count, index, ==), also when tier 2 has run
# a loop over the list: a list of floats that holds a NaN object is not pinned as raw doubles.


def total(xs):
    t = 0.0
    for x in xs:
        t += x
    return t


def total_indexed(xs):
    a = 0.0
    for i in range(len(xs)):
        a += xs[i]
    return a


n = float('nan')
d = [n] + [1.0] * 3000
print(total(d) != total(d))
print(n in d, d.count(n), d.index(n) if n in d else -1, d == d[:])

k = [1.0] * 3000
k[10] = n
total_indexed(k)
print(k.count(n), n in k, k.index(n), k == k[:])

# A NaN stored into a list of floats by a loop that reads it from outside.
c = [0.5] * 3000
for i in range(len(c)):
    if i == 7:
        c[i] = n
    else:
        c[i] = c[i] + 1.0
print(c.index(n), n in c, c.count(n), c.count(c[7]), sum(c[:7]))


def scale(c):
    for i in range(len(c)):
        if i % 1000 == 3:
            c[i] = n
        else:
            c[i] = c[i] * 2.0


c = [0.25] * 3000
scale(c)
scale(c)
print(c.index(n), n in c, c.count(n), c.count(c[3]), c[4])


# A NaN a compiled loop computes into a list is one object once read.
def poison(k, big):
    inf = big * 10.0
    for i in range(len(k)):
        k[i] = k[i] * 0.0 * inf


k = [0.5] * 3000
poison(k, 1e308)
x = k[5]
print(x in k, k.count(x), k.index(x), k.count(k[0]), k[5] in k, k == k, k == k[:])
