class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
print(p.move(1, 1).x)
p.move(1)
