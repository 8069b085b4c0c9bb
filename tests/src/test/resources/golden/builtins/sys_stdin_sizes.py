# sys.stdin.read(size) and readline(size): characters, not bytes (UTF-8 decoded as they come),
# a line stops at its newline; CPython's argument errors.
import sys
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(2)))
print(repr(sys.stdin.readline(0)), repr(sys.stdin.read(0)))
print(repr(sys.stdin.readline(100)))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline(-1)))
for bad in (None, 'x', 2.5):
    try:
        sys.stdin.readline(bad)
    except TypeError as e:
        print('TypeError:', e)
print(repr(sys.stdin.read(None)) if False else 'skip')
print(repr(sys.stdin.read(2)), repr(input()))
try:
    sys.stdin.read("x")
except TypeError as e:
    print("TypeError:", e)
print(repr(sys.stdin.read(-5)))
