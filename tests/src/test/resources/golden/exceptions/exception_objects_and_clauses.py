# Exception objects (str, repr, args, class hierarchy), except clauses with things that are not
# exception classes (checked before matching, also inside a tuple), chaining and finally.
cases = [ValueError(), ValueError('a'), ValueError('a', 2), ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1),
         IndexError('i'), StopIteration(5), StopIteration(), SystemExit(3), SystemExit('msg'), SystemExit(), 
         RecursionError(), ZeroDivisionError('division by zero'), AssertionError(None), TypeError(None), Exception(Exception('inner')),
         UnicodeError() if False else RuntimeError('r'), NotImplementedError, ArithmeticError('a'), LookupError(), AttributeError('x'), NameError('n')]
for e in cases:
    if isinstance(e, type):
        e = e()
    print(type(e).__name__, repr(str(e)), repr(e), e.args, [c.__name__ for c in type(e).__mro__] if hasattr(type(e), '__mro__') else '')
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
print(ValueError('a') == ValueError('a'), issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError), issubclass(ZeroDivisionError, ArithmeticError))
for t in [1, "x", int, (ValueError, 1), (KeyError, "x"), ((ValueError,),), None]:
    try:
        try:
            raise ValueError('v')
        except t:
            print("caught with", t)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("uncaught ValueError", e)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise KeyError('first')
    finally:
        print("in finally")
except KeyError as e:
    print("after finally", repr(e))
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def h():
    for i in range(3):
        try:
            continue
        finally:
            print("fin", i)
h()
class MyE(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyE(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
e = ValueError('x')
e.args = ('y', 2)
print(str(e), repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
x = gen(); next(x); x.close()
