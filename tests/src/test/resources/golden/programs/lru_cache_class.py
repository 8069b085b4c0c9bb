class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evict", oldest)
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())})"
c = LRU(3)
for k in "abcabdaec":
    if c.get(k) is None:
        c.put(k, k.upper())
    print(k, c)
print(c.hits, c.misses)
