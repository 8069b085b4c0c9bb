import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n - 1) + 1
print(sys.getrecursionlimit())
down(0)
