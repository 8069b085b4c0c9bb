# send() before the first next(): only None may go in (there is no paused yield to receive it);
# after the end, any value gets StopIteration.
def echo():
    got = yield "ready"
    while got is not None:
        got = yield got * 2


g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None), g.send(3), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    g.send(7)
except StopIteration as e:
    print("StopIteration again", e.args)

h = echo()
print(next(h), h.send(1))
h.close()
try:
    h.send(2)
except StopIteration:
    print("closed: StopIteration")

k = echo()
k.close()
try:
    k.send(1)
except StopIteration:
    print("closed before start: StopIteration")
