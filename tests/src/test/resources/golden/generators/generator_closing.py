def gen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("generator cleanup")
for v in gen():
    print("value", v)
print("after loop")
g2 = gen()
print(next(g2), next(g2), next(g2), next(g2, "exhausted"))
def counter():
    i = 0
    while True:
        i += 1
        yield i
        if i >= 3:
            return
print(list(counter()))
g = (x for x in range(3))
print(sum(g), sum(g))
def gen_with_state(items):
    seen = set()
    for x in items:
        if x in seen:
            continue
        seen.add(x)
        yield x
print(list(gen_with_state([3, 1, 3, 2, 1, 4])))
