# break and continue that reach their loop through blocks, ifs, else parts of inner loops,
# try/finally, with and generators: every path must act on the innermost enclosing loop only.

class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0] is None)
        return False


def else_exits(n):
    out = []
    for i in range(n):
        for j in range(3):
            if j == i:
                break
        else:
            # the inner loop ended without break: continue or break the outer one
            if i % 2:
                continue
            out.append(("else", i))
            if i > 4:
                break
        out.append(i)
    else:
        out.append("outer else")
    return out


def while_else_exits():
    out = []
    i = 0
    while i < 6:
        i += 1
        k = 0
        while k < i:
            k += 1
            if k == 4:
                break
        else:
            if i == 2:
                continue
            out.append(("while else", i))
        out.append(i)
    return out


def exits_in_with():
    for i in range(4):
        with Ctx(i):
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
    print("after", i)


def exits_in_finally():
    out = []
    for i in range(5):
        try:
            for j in range(3):
                if j == 1:
                    continue
                if i == 3:
                    break
                out.append((i, j))
            else:
                if i == 2:
                    continue
        finally:
            out.append(("finally", i))
        out.append(i)
    return out


def gen_exits(n):
    for i in range(n):
        if i % 3 == 0:
            continue
        for j in range(i):
            if j > 2:
                break
            yield i, j
        else:
            if i == 7:
                break
            yield "else", i
    yield "done"


def gen_while_exits():
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > 8:
            break
        yield i
    yield "end"


def return_in_loops(rows):
    for r in rows:
        for v in r:
            if v < 0:
                continue
            if v == 0:
                break
            if v > 100:
                return "big", v
        else:
            continue
        print("row stopped at zero", r)
    return "none"


print(else_exits(8))
print(while_else_exits())
exits_in_with()
print(exits_in_finally())
print(list(gen_exits(10)))
print(list(gen_while_exits()))
print(return_in_loops([[1, -2, 3], [4, 0, 500], [7, 200]]))
print(return_in_loops([[1], [2]]))

# at module level, in both kinds of loop, with an else part that must not run after break
total = 0
for x in range(20):
    if x % 2 == 0:
        continue
    if x > 13:
        break
    total += x
else:
    total = -1
print("total", total)
n = 0
while n < 10:
    n += 1
    if n < 5:
        continue
    break
else:
    n = -1
print("n", n)

# comprehension conditions around loops: a loop inside a function called from a comprehension
def first_even(xs):
    for x in xs:
        if x % 2:
            continue
        return x
    return None


print([first_even(r) for r in ([1, 3, 4], [5, 7], [2])])
