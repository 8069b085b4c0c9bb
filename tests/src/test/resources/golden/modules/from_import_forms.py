from math import (
    sqrt,
    floor as fl,
    ceil,
)
from sys import maxsize, argv
from time import perf_counter
import math, sys
print(sqrt(2) == math.sqrt(2), fl(2.7), ceil(2.1), maxsize == sys.maxsize, argv == sys.argv)
print(type(perf_counter()).__name__)
def f():
    import math as mm
    return mm.floor(-0.5)
print(f())
from math import pi as PI, e as E
print(round(PI, 5), round(E, 5))
