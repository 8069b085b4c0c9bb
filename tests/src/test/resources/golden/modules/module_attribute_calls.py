# math.sqrt(x) in a hot function: compiled code keeps the attribute it read while the module is
# unchanged, and must see the module change when a program rebinds or deletes the attribute.
import math


def f(x):
    return math.sqrt(x) + math.floor(x)


s = 0
for i in range(3000):
    s += f(i)
print(round(s, 6))
original = math.sqrt
math.sqrt = lambda x: -1.0
print(f(4.0))
del math.sqrt
try:
    f(4.0)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = original
print(f(9.0))
print(math.sqrt is original, math.sqrt(2.0))
