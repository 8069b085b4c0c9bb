# type(x).__name__, its __module__ and repr(x) of values of every builtin type (addresses
# masked): the __module__ of a builtin type is 'builtins', never its instances' descriptor.
import math, sys, time
def g():
    yield 1
class A:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
objs = [1, True, 1.5, 'a', [], (), {}, set(), frozenset(), range(3), slice(1), None, NotImplemented, Ellipsis, len, [].append, str.upper, list.append,
        iter([]), iter(()), iter(''), iter({}), iter(set()), iter(range(3)), iter({}.values()), iter({}.items()), reversed([]), reversed(range(2)),
        {}.keys(), {}.values(), {}.items(), enumerate([]), zip(), map(len, []), filter(None, []), g(), (x for x in []), A, A(), A().m, A.m, A.s, A.c,
        A.__dict__['p'] if hasattr(A, '__dict__') else None, math.sqrt, type, object, int, ValueError, ValueError('x'),
        lambda: 0, print, 2**100, -0.0, iter(g()), super, staticmethod, property]
for o in objs:
    t = type(o)
    r = repr(o)
    if ' at 0x' in r:
        r = r[:r.index(' at 0x')] + ' at ADDR>'
    print(t.__name__, getattr(t, '__module__', '-'), r)
