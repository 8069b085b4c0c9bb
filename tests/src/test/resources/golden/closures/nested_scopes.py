x = "global"
def level1():
    x = "level1"
    def level2():
        def level3():
            return x
        return level3()
    return level2()
print(level1())
def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadowing())
def closure_over_param(p):
    return lambda: p * 2
print(closure_over_param(21)(), closure_over_param("ab")())
def counter_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = counter_gen()
for v in range(5):
    acc(v)
print(acc(0))
def mixed_global_nonlocal():
    global g
    g = "set by function"
    n = 0
    def bump():
        nonlocal n
        n += 1
    bump(); bump()
    return n
print(mixed_global_nonlocal(), g)
def comprehension_closure():
    factor = 3
    return [factor * i for i in range(4)]
print(comprehension_closure())
def class_in_function():
    secret = 99
    class Hidden:
        def reveal(self):
            return secret
    return Hidden().reveal()
print(class_in_function())
def rebinding():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(rebinding())
