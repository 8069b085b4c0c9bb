# unsupported: match
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print("must not run")
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "y axis"
    return "elsewhere"
print(where(Point(0, 0)))
