# from m import * at module level binds the module's public names as globals.
from math import *
from sys import *
print(floor(3.7), pi, sqrt(16), isclose(0.1 + 0.2, 0.3), "floor" in globals() if False else "ok")
print(maxsize > 2**62, type(argv).__name__)


def area(r):
    return pi * r ** 2


print(round(area(2), 6))
total = 0.0
for i in range(1000):
    total += sin(i) ** 2 + cos(i) ** 2
print(round(total, 6))
try:
    print(_x)
except NameError as e:
    print("NameError:", e)
