# vars() without an argument is locals(); dir() without one is sorted(locals()).
def f(b, a):
    z = 1
    print(vars())
    print(dir())
    print(vars() is locals())


f(2, 1)


class K:
    y = 2
    x = 1
    print(dir())
    print(vars() is locals())

    def uses_super(self):
        # the method's __class__ cell is a free variable, shown as CPython shows it
        print(dir())
        return super().__repr__()


K().uses_super()

print(vars(K)['x'], 'y' in dir(K))
print(vars() is globals())
names = dir()
print(type(names).__name__, names == sorted(names), 'f' in names, 'K' in names, '__name__' in names)
print([n for n in dir() if not n.startswith('__')])


def indirect():
    q = 1
    v, d = vars, dir
    return v(), d()


print(indirect())


def gen():
    inside = 'generator'
    yield dir()
    yield vars()


print(list(gen()))

try:
    vars(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)
