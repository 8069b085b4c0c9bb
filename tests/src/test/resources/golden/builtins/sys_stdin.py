# sys.stdin: readline, iteration, next, read, readlines, mixed with input() over the same bytes.
import sys
first = input()
print("input:", repr(first))
print("readline:", repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if count == 2:
        break
print("next:", repr(next(sys.stdin)))
print("rest:", repr(sys.stdin.read()))
print("after end:", repr(sys.stdin.readline()), sys.stdin.readlines(), sys.stdin.name, sys.stdin.isatty())
print(sum(1 for _ in sys.stdin))
try:
    sys.stdin.write("x")
except OSError as e:
    print("OSError:", e)
try:
    sys.stdout.readline()
except OSError as e:
    print("OSError:", e)
