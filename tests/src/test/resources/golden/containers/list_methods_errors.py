a = [1, 2, 3]
for action in ["pop_empty", "remove_missing", "index_missing", "getitem", "setitem", "pop_range"]:
    try:
        if action == "pop_empty":
            [].pop()
        elif action == "remove_missing":
            a.remove(9)
        elif action == "index_missing":
            a.index(9)
        elif action == "getitem":
            a[3]
        elif action == "setitem":
            a[-4] = 0
        elif action == "pop_range":
            a.pop(10)
    except (IndexError, ValueError) as e:
        print(action, type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print("TypeError", e)
try:
    a + (4,)
except TypeError as e:
    print("TypeError", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print("TypeError", e)
print(a)
