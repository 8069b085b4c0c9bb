def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
def running_average():
    count = 0
    total = 0.0
    avg = None
    while True:
        x = yield avg
        count += 1
        total += x
        avg = total / count
ra = running_average()
next(ra)
for v in [10, 20, 30, 40]:
    print(ra.send(v))
def states():
    state = "start"
    while state != "end":
        cmd = yield state
        state = {"start": "middle", "middle": "end"}.get(state) if cmd == "go" else state
g = states()
print(next(g), g.send("stay"), g.send("go"), g.send("go") if False else g.send("stay"))
