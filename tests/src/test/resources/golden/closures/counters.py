def make_counter(start=0):
    count = start
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c2(), c1())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(50)
print(dep(25), wd(100), wd(30), get())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f()
    f()
    return x
print(outer())
def adders():
    return [lambda y, k=k: y + k for k in range(3)]
print([a(10) for a in adders()])
def late_binding():
    fns = []
    for k in range(3):
        fns.append(lambda: k)
    return [f() for f in fns]
print(late_binding())
def captured_after_definition():
    def show():
        return value
    value = "assigned later"
    return show()
print(captured_after_definition())
