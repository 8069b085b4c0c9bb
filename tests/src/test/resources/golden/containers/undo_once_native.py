# Functions compiled whole that store into the same list items over and over (in-place sorts,
# repeated passes), past the part of the undo log that logs every store: the log keeps one entry
# per item, and a side exit at the end still finds the lists as they were at the call.


def churn(a, rounds, boom):
    n = len(a)
    for r in range(rounds):
        for i in range(n):
            a[i] = (a[i] * 3 + r) % 1000003
    if boom:
        a[n] = 1
    return a[0]


def grow_big(a, rounds):
    for r in range(rounds):
        for i in range(len(a)):
            a[i] = a[i] * 2 + 1
    return a[-1]


def toggle(flags, rounds, boom):
    for r in range(rounds):
        for i in range(len(flags)):
            flags[i] = not flags[i]
    if boom:
        return flags[len(flags)]
    return flags[0]


def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs[0]


a = [k * 7 % 1000 for k in range(1000)]
print(churn(a, 200, False), sum(a))
b = [k * 7 % 1000 for k in range(1000)]
try:
    churn(b, 200, True)
except IndexError as e:
    print("IndexError", e, sum(b), b[:3])
c = [k % 5 for k in range(500)]
print(grow_big(c, 70) > 2 ** 64, sum(c) % 1000003)
f = [k % 3 == 0 for k in range(2000)]
print(toggle(f, 101, False), sum(f))
g = [k % 3 == 0 for k in range(2000)]
try:
    toggle(g, 101, True)
except IndexError as e:
    print("IndexError", e, sum(g))
for _ in range(3):
    xs = [(k * 7919) % 1000 for k in range(900)]
    bubble(xs)
print(xs[:5], xs == sorted(xs))
total = 0
for k in range(40):
    d = [j * k % 97 for j in range(300)]
    total += churn(d, 150, False) + d[-1]
print(total)
