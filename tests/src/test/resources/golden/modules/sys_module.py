import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(sys.maxsize, -sys.maxsize - 1)
print(type(sys.argv).__name__, len(sys.argv))
sys.stdout.write("stdout.write\n")
sys.stderr.write("stderr.write\n")
print(sys.stdout.write("x") if False else "write returns count", sys.stdout.write("12345\n"))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", depth(100))
