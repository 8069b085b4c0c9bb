def find(items, target):
    for i in items:
        if i == target:
            return i
result = find(["a", "b"], "z")
print(result)
print(result.upper())
