# Function attributes a hand-written wraps() decorator copies: __module__, __name__, __qualname__,
# __doc__ are writable; __kwdefaults__ shows the keyword-only defaults.
def f(a, *, b=1, c, d="x"):
    "doc of f"


def g():
    pass


print(f.__kwdefaults__, g.__kwdefaults__)
g.__module__ = "elsewhere"
g.__doc__ = f.__doc__
g.__name__ = "renamed"
g.__qualname__ = "Outer.renamed"
print(g.__module__, g.__doc__, g.__name__, g.__qualname__)


def wraps(wrapped):
    def decorate(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        return wrapper
    return decorate


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return inner


@logged
def add(x, y):
    """Adds."""
    return x + y


print(add(2, 3), add.__name__, add.__doc__, add.__qualname__)
try:
    g()
    g(1)
except TypeError as e:
    print(e)
