from math import sqrt, pi, floor
from math import gcd as greatest_common_divisor
import math as m
import sys, time
print(sqrt(16), pi, floor(-1.5))
print(greatest_common_divisor(48, 36))
print(m.factorial(6), m.e == __import__("math").e if False else m.e)
print(type(math_mod := m).__name__ if False else "module ok")
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(isinstance(time.time(), float))
def use_in_function():
    from math import ceil
    return ceil(4.2)
print(use_in_function())
import math
print(math.sqrt(81) == sqrt(81))
