class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @classmethod
    def origin(cls):
        return cls()
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
print(Point(), Point(1), Point(y=5), Point.from_tuple((3, 4)), Point.origin())
class Validated:
    def __init__(self, value):
        if not isinstance(value, int):
            raise TypeError(f"expected int, got {type(value).__name__}")
        self.value = value
for v in [1, "2", 3.0, True]:
    try:
        print(Validated(v).value)
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    x = 1
print(NoInit().x)
class ReturnsNone:
    def __init__(self):
        self.ready = True
        return None
print(ReturnsNone().ready)
