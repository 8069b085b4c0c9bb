class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
print({(1, 2): 1, (1, 2.0): 2}, {frozenset({1}): "fs"})
print({1: "a", 1.0: "b", True: "c"})
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    hash({})
except TypeError as e:
    print("TypeError", e)
print(hash((1, (2, 3))) == hash((1, (2, 3))))
