def find_first(items, pred):
    for i, x in enumerate(items):
        if pred(x):
            print("found", x, "at", i)
            break
    else:
        print("none matched")
find_first([1, 3, 5, 6, 7], lambda x: x % 2 == 0)
find_first([1, 3, 5], lambda x: x % 2 == 0)
find_first([], lambda x: True)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("hit 4")
        break
else:
    print("loop ended normally with", n)
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke for i =", i)
