# locals() in a function: the frame's dict, brought up to date by each call (CPython 3.11).
def params(a, b=2, *args, c, d=4, **kw):
    print(locals())

params(1, c=3)
params(1, 2, 3, c=5, e=6)


def growing():
    first = 1
    d = locals()
    print(d)
    second = 2
    print(d is locals(), d)
    del first
    print(locals())
    d['extra'] = 'kept'
    second = 3
    locals()['second'] = 'ignored'
    print(second, locals())


growing()


def unbound_skipped(flag):
    if flag:
        late = 'set'
    print(sorted(locals()))


unbound_skipped(False)
unbound_skipped(True)


def closures():
    cb = 'cell b'
    ca = 'cell a'
    plain = 0

    def inner(arg):
        own = arg
        print(locals())
        return ca, cb

    inner('x')
    print(sorted(locals().keys() - {'inner'}))
    return inner


closures()


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return locals()

    print(bump(), bump())


counter()


def long_strings():
    s = 'x' * 300
    for i in range(10):
        s += 'yz'
    l = locals()
    print(type(l['s']).__name__, len(l['s']), l['s'][-4:], l['i'])
    s = s + '!'
    print(len(locals()['s']), locals()['s'][-1])


long_strings()


def gen():
    a = 1
    yield sorted(locals().items())
    b = 2
    yield sorted(locals().items())
    del a
    yield locals()


for snapshot in gen():
    print(snapshot)


def hot_loop():
    total = 0
    for i in range(2000):
        total += len(locals())
    return total


print(hot_loop())

lam = lambda p, q=1: locals()
print(lam(0))


def no_write_through():
    v = 1
    locals()['v'] = 2
    print(v)


no_write_through()


def shadowed():
    def locals():
        return 'my locals'
    print(locals())


shadowed()


def indirect():
    a = 'indirect'
    f = locals
    print(f())


indirect()


class C:
    a = 1
    print(locals())
    ns = locals()
    ns['injected'] = 'via locals()'

    def method(self):
        return super().__init__, __class__

    def m2(self, z):
        print(sorted(locals()))


print(C.injected)
C().m2(1)

print(locals() is globals())
try:
    locals(1)
except TypeError as e:
    print('TypeError:', e)
