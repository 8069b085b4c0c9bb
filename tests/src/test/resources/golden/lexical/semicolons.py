a = 1; b = 2; c = a + b
print(a, b, c)
if c > 2: print("big")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
class K: pass
print(K.__name__)
x = 1; y = 2;
print(x + y);
if x: pass
else: print("no")
try: 1 / 0
except ZeroDivisionError: print("caught")
