# Errors of argument unpacking name the callee as CPython does (module.qualname()), and displays
# say 'Value after *'; builtins and their methods carry CPython's __qualname__ and __module__.
def f(*a, **k): pass
class A:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
    @classmethod
    def c(cls, *a): pass
tests = [lambda: f(*1), lambda: f(**1), lambda: A().m(*1), lambda: A().m(**1), lambda: A.s(*1), lambda: A.c(**1), lambda: A(*1),
         lambda: len(*1), lambda: max(**1), lambda: (lambda *a: 0)(*1), lambda: f(*None), lambda: f(**[1]), lambda: f(**{1: 2}),
         lambda: f(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}), lambda: [].append(*1), lambda: "x".join(*5), lambda: {**None},
         lambda: (*1,), lambda: {*1}, lambda: print(*[1], *2), lambda: A.m(*1), lambda: int(*1), lambda: dict(**1)]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

def g(): pass
for x in (g, A, A.m, A().m, len, [].append, list.append, int, dict, print, "".join, (lambda: 0)):
    print(getattr(x, '__qualname__', '<none>'), getattr(x, '__module__', '<none>'))

o = object()
for action in (lambda: setattr(o, 'x', 1), lambda: o.__setattr__('y', 2), lambda: getattr(o, 'x'), lambda: delattr(o, 'x'), lambda: o.__dict__):
    try:
        print(action())
    except AttributeError as e:
        print("AttributeError:", e)
class B:
    pass
a = B()
a.x = 1
print(a.x, hasattr(o, 'x'), o.__class__.__name__)

for e in (lambda: 'a'.count(1), lambda: 'a'.find(2), lambda: [].count()):
    try:
        e()
    except TypeError as ex:
        print('TypeError:', ex)
try:
    del (1).real
except AttributeError as e:
    print('AttributeError:', e)
