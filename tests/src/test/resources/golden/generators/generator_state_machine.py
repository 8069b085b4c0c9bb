def traffic_light():
    while True:
        for color, duration in [("green", 3), ("yellow", 1), ("red", 2)]:
            for t in range(duration):
                yield color, t
light = traffic_light()
for _ in range(8):
    print(next(light))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise([1])))
