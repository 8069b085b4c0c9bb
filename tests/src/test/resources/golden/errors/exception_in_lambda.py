data = [3, 1, 0, 2]
inverted = list(map(lambda x: 1 / x, data))
print(inverted)
