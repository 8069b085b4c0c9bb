data = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
byname = sorted(data)
print(sorted(byname, key=lambda t: -t[1]))
l = [3, 1, 2]
print(sorted(l), l, sorted(l, reverse=True), list(reversed(l)))
strings = ["bb", "a", "ccc", "dd", "e", "fff"]
strings.sort(key=len)
print(strings)
strings.sort(key=len, reverse=True)
print(strings)
mixed = [1.5, 1, True, 0.5, False, 2]
print(sorted(mixed))
print(sorted([[3, "c"], [1, "a"], [2, "b"], [1, "0"]]))
print(sorted("The Quick Brown Fox".split(), key=str.lower))
print(sorted(range(10), key=lambda x: x % 3))
