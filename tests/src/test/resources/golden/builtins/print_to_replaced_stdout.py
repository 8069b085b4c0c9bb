# print() writes to sys.stdout as the program left it (replaced, or None), and a file object other
# than the standard streams gets one write() per piece; input()'s prompt goes there too.
import sys


class Cap:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


real, sys.stdout = sys.stdout, Cap()
print("hidden", 1)
print("a", "b", sep="-", end="!\n", flush=True)
cap, sys.stdout = sys.stdout, real
print(cap.parts)


class P:
    def write(self, s):
        sys.stdout.write("[" + s + "]")


print("a", "b", file=P())
print(file=P())
sys.stdout = sys.stderr
print("to stderr")
sys.stdout = real
sys.stdout = None
print("dropped")
sys.stdout = real
print("back")
sys.stdout = Cap()
x = input("prompt> ")
captured = sys.stdout.parts
sys.stdout = real
print(repr(x), captured)
