data = [5, 1, 4, 2, 8, 0]
n = len(data)
passes = 0
swapped = True
while swapped:
    swapped = False
    passes += 1
    for i in range(n - passes):
        if data[i] > data[i + 1]:
            data[i], data[i + 1] = data[i + 1], data[i]
            swapped = True
    print(f"pass {passes}: {data}")
print("sorted in", passes, "passes")
