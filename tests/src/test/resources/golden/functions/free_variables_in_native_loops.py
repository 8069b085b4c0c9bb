# Loops in comprehensions and closures that use the variables of the functions
# around them (free variables, kept in the closure's cells): the region reads
# them at entry and writes back those it assigns.


def grid(n, scale):
    return [[(i * n + j) * scale for j in range(n)] for i in range(n)]


def counter():
    count = 0

    def bump(k):
        nonlocal count
        for i in range(k):
            count += i % 3
        return count

    return bump


def overflowing():
    total = 1

    def grow(k):
        nonlocal total
        for i in range(k):
            total = total * 3 + i
        return total

    return grow


def late_binding():
    def fill(k):
        nonlocal last
        for i in range(k):
            last = i * i
        return last

    before = []
    try:
        before.append(last)
    except NameError as e:
        before.append(str(e))
    result = fill(3000)
    return before, result, last
    last = None


def shared(n):
    step = 3

    def walk():
        nonlocal step
        pos = 0
        while pos < n:
            pos += step
            if pos % 7 == 0:
                step += 1
        return pos

    end = walk()
    return end, step


g = grid(40, 2)
print(sum(g[0]), sum(g[39]), g[5][7])
g = grid(40, 0.5)
print(sum(g[0]), sum(g[39]), g[5][7])
f = counter()
print(f(5000), f(5000), f(3))
h = overflowing()
print(h(30) % 1000003, h(3000) % 1000003)
print(late_binding())
print(shared(100000))
