def classify(values):
    for v in values:
        if v < 0:
            return "has negative"
        if v == 0:
            continue
        if v > 100:
            return "has large"
    return "ordinary"
for vals in [[1, 2, 3], [1, -1], [0, 0, 200], [], [0, 5, 101, -1]]:
    print(vals, classify(vals))
def first_even_square(limit):
    i = 1
    while True:
        if i * i > limit:
            return None
        if (i * i) % 2 == 0:
            return i * i
        i += 1
print(first_even_square(100), first_even_square(3))
