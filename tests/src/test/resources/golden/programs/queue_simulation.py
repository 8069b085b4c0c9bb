class Queue:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty queue")
        return self.items.pop(0)
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return len(self.items) > 0
seed = 7
def rnd(n):
    global seed
    seed = (seed * 48271) % 2147483647
    return seed % n
q = Queue()
served, waits = 0, []
for tick in range(40):
    if rnd(3) == 0:
        q.push(tick)
        if rnd(4) == 0:
            q.push(tick)
    if tick % 2 == 0 and q:
        arrived = q.pop()
        waits.append(tick - arrived)
        served += 1
    if tick % 8 == 7:
        print(f"tick {tick:2}: queue={len(q)} served={served}")
print(served, len(q), sum(waits), max(waits) if waits else 0, waits)
try:
    Queue().pop()
except IndexError as e:
    print("IndexError:", e)
