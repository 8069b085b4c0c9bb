# Locals a native loop binds that were unbound when it started: after the loop,
# tier 1 must see exactly those the loop really assigned, also when an
# assignment repeats one on every path before it, and after side exits.

def inner_after_outer(n, m):
    for i in range(n):
        acc = 0.0
        for j in range(m):
            acc += j * 0.5
            acc = acc * 1.0
        last = acc
    return last


def twice_with_overflow(n):
    for i in range(n):
        x = i * 3
        y = x * 2
        x = x + 4611686018427387904 * (i % 3)
        z = x + y
    return x, z


def only_in_inner(n, m):
    out = []
    for i in range(n):
        for j in range(m):
            t = i * j
            t = t + 1
        try:
            out.append(t)
        except UnboundLocalError as e:
            out.append(str(e))
    return out


def break_before_assign(n):
    for i in range(n):
        if i == 0:
            break
        w = i * 2
        w = w * 3
    try:
        return w
    except UnboundLocalError as e:
        return str(e)


def branch_then_repeat(n):
    for i in range(n):
        if i % 2 == 0:
            u = i
        u2 = i
        u2 = u2 * u2
    try:
        return u, u2
    except UnboundLocalError as e:
        return str(e), u2


def inner_break_first(n, m):
    for i in range(n):
        v = 1.5
        for j in range(m):
            if j == 0:
                break
            q = j * 2.0
            v = v + q
        v = v * 2.0
    try:
        return v, q
    except UnboundLocalError as e:
        return v, str(e)


for k in range(3):
    print(inner_after_outer(4, 5), inner_after_outer(3, 0))
    print(twice_with_overflow(5), twice_with_overflow(1))
    print(only_in_inner(3, 2), only_in_inner(2, 0))
    print(break_before_assign(4), break_before_assign(0))
    print(branch_then_repeat(3), branch_then_repeat(1))
    print(inner_break_first(3, 4))
