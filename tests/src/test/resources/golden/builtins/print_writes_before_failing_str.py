# print writes its arguments one after the other: what comes before an argument whose str() raises
# is already out when the error propagates.
import sys


class Bad:
    def __str__(self):
        raise ValueError("no str for you")


try:
    print("a", 1, Bad(), "z")
except ValueError as e:
    print()
    print("caught", e)

try:
    print("x", "y", Bad(), sep="--", end="!\n")
except ValueError as e:
    print("|caught", e)

try:
    print(Bad())
except ValueError as e:
    print("caught first", e)

try:
    print("to stdout", Bad(), file=sys.stdout)
except ValueError as e:
    print("|caught", e)

big = 7 ** 6000
try:
    print("big", 3, big)
except ValueError as e:
    print("|caught", str(e)[:40])
