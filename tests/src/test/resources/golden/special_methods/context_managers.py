class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource("a") as r:
    print("inside", r.name)
with Resource("outer") as o, Resource("inner") as i:
    print("body", o.name, i.name)
try:
    with Resource("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered value"
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return False
with Suppress(KeyError, ZeroDivisionError) as val:
    print(val)
    1 / 0
    print("not reached")
print("after suppress")
def func():
    with Resource("in function"):
        return "returned"
print(func())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with Resource("no as"):
    pass
class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self.events
    def __exit__(self, *args):
        self.events.append("stop")
t = Timer()
with t as ev:
    ev.append("work")
print(t.events)
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError:", e)
