for i in range(5):
    print("line", i)
print("total", sum(range(5)))
print(int("not a number"))
