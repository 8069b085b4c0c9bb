# A script runs as __main__ (so `if __name__ == "__main__":` runs), with its docstring in __doc__;
# functions, classes and methods keep theirs too.
"""The module's docstring."""
import sys


def f(x):
    """Adds one."""
    return x + 1


def g():
    "single quotes"
    return 2


def h():
    x = "not a docstring"
    return x


class A:
    """A class."""

    def m(self):
        """A method."""


class B:
    pass


lam = lambda: "no doc"
print(__name__, __doc__, __package__, __spec__)
print(f.__doc__, g.__doc__, h.__doc__, lam.__doc__)
print(A.__doc__, A.m.__doc__, A().m.__doc__, B.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
if __name__ == "__main__":
    print("run as a script")
