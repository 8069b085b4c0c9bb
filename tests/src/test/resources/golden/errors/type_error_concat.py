def describe(n):
    return "count: " + n
print(describe("3"))
print(describe(3))
