# A module-level loop that tier 2 runs raises mid-loop: the error comes from tier 1 redoing the
# iteration, and the globals hold the values of that iteration's start.
total = 0
d = 5000
try:
    for i in range(10000):
        d -= 1
        total += 1000000 // d
except ZeroDivisionError as e:
    print("caught:", e, i, d, total)
items = [1.5] * 3000
acc = 0.0
for i in range(4000):
    acc += items[i]
