# A generator suspended inside an except block handles the same exception when it resumes:
# a bare raise re-raises it and a new exception gets it as __context__.
def g():
    try:
        raise ValueError("a")
    except ValueError:
        yield 1
        raise

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("re-raised", repr(e))

def h():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise TypeError("t")

it = h()
next(it)
try:
    next(it)
except TypeError as e:
    print(repr(e), repr(e.__context__))

def w():
    try:
        raise ValueError("outer")
    except ValueError:
        yield "in handler"
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        yield "still"
        raise
it = w()
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("re-raised", repr(e))
