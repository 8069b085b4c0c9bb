class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance(1, float), isinstance("", str), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), frozenset))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(2 ** 100, int))
print(isinstance(A, type), isinstance(int, type), isinstance(len, type), type(A).__name__, type(b).__name__)
print(type(b) is B, type(b) == A, type(3) is int, type(3.0) is float)
print(isinstance(ValueError("x"), Exception), issubclass(KeyError, LookupError), isinstance(KeyError(), (ValueError, LookupError)))
print(isinstance(range(3), range), isinstance(slice(1), slice))
print(callable(A), callable(b), callable(print), callable("str"), callable(lambda: 0), callable(A.__init__))
