# Arithmetic of a nested loop's body that no iteration changes is computed once
# before the loop; results, side exits and rebinding inside the loop must not
# tell the difference.

def products(n, m, big):
    total = 0
    for i in range(n):
        for j in range(m):
            k = (i * 7 + j * 13) % 17
            total += k + i * big
    return total


def rebound_inside(n, m):
    total = 0
    c = 1
    for i in range(n):
        for j in range(m):
            total += c * 2 + i * 3
            c = c + 1
    return total, c


def walrus_inside(n, m):
    total = 0
    w = 0
    for i in range(n):
        for j in range(m):
            total += (w + i) * 2 + (w := j)
    return total, w


def floats(n, m, scale):
    acc = 0.0
    for i in range(n):
        x = i * 0.5
        for j in range(m):
            acc += x * scale + j * 0.25 - (x - 1.5) * 2.0
    return acc


def indexes(n, xs):
    total = 0
    for i in range(n):
        for j in range(3):
            total += xs[i * 2 + 1] * j + xs[(i + 1) * 2]
    return total


def after_a_branch(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            if j == 2:
                continue
            total += i * 5 - j
    return total


for k in range(3):
    print(products(10, 6, 1), products(3, 0, 1), products(4, 3, 2 ** 61))
    print(rebound_inside(5, 4), walrus_inside(5, 4))
    print(floats(6, 5, 1.25), floats(0, 5, 2.0))
    print(indexes(4, list(range(20))))
    print(after_a_branch(6, 5))
