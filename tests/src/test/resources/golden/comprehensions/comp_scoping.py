class K:
    data = [1, 2, 3]
    doubled = [x * 2 for x in data]
print(K.doubled)
def f():
    funcs = [lambda: i for i in range(3)]
    return [fn() for fn in funcs]
print(f())
def g():
    funcs = [lambda i=i: i for i in range(3)]
    return [fn() for fn in funcs]
print(g())
i = "global i"
lst = [i for i in range(2)]
print(i, lst)
def nested_closure():
    base = 10
    return [[base + a + b for b in range(2)] for a in range(2)]
print(nested_closure())
print([y for x in [[1, 2], [3]] for y in x])
print([[y for y in range(x)] for x in range(4)])
def uses_outer_loop_var():
    result = []
    for n in range(3):
        result.append([n * k for k in range(3)])
    return result
print(uses_outer_loop_var())
