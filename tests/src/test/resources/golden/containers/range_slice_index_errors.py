# range slices convert their bounds with __index__; what __index__ raises is what the slice raises
class Bad:
    def __index__(self):
        raise ValueError("boom")
for r in (range(10), range(2**70)):
    for s in (slice(Bad(), 3), slice(1, Bad()), slice(1, 3, Bad()), slice("a", 3), slice(1, 3, 2.0)):
        try:
            print(r[s])
        except Exception as e:
            print(type(e).__name__, e)
