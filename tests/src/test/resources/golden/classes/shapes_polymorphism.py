import math
class Shape:
    name = "shape"
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f} and perimeter {self.perimeter():.2f}"
    def perimeter(self):
        return 0
class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(4), Shape(), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(s.name for s in shapes))
print(max(shapes, key=lambda s: s.area()).name, sum(s.area() for s in shapes))
print([isinstance(s, Rect) for s in shapes])
