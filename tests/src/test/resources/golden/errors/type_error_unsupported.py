def combine(a, b):
    return a - b
print(combine(5, 3))
print(combine([1], [2]))
