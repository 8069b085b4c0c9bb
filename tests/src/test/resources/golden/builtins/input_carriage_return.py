# input() removes only the newline: a "\r" before it stays, as in CPython on POSIX.
print(repr(input()))
print(repr(input()))
print(repr(input()))
