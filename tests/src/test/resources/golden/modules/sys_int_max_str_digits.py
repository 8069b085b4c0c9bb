# sys.set_int_max_str_digits / get_int_max_str_digits change the limit of decimal int <-> str
# conversions (0: none); sys.setrecursionlimit refuses a limit at or below the current depth.
import sys
try:
    print(len(str(10**5000)))
except ValueError as e:
    print(e)
try:
    print(int("1" * 5000) % 7)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
print(len(repr(2**20000)), len(f"{2**20000}"), len(hex(2**20000)))
sys.set_int_max_str_digits(5000)
try:
    print(len(str(10**6000)))
except ValueError as e:
    print(e)
for bad in (1, 639, 640):
    try:
        sys.set_int_max_str_digits(bad); print("ok", bad, sys.get_int_max_str_digits())
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
for v in (10**699, 10**700 - 1, 10**700, -(10**700)):
    try:
        print(len(str(v)))
    except ValueError as e:
        print(e)
for s in ("9" * 700, "9" * 701, "-" + "9" * 700):
    try:
        print(int(s) % 1000)
    except ValueError as e:
        print(e)
for bad in (lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(2**40), lambda: sys.setrecursionlimit(True), lambda: sys.getrecursionlimit(), lambda: sys.setrecursionlimit(2**40)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(2)
except RecursionError as e:
    print(e)
def f():
    try:
        sys.setrecursionlimit(3)
    except RecursionError as e:
        print(e)
f()
