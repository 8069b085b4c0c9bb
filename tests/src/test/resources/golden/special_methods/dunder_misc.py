class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self.rows)
    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, i):
        return self.rows[i]
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m * i == m, len(m), m[1], m[1][0])
print(m * m)
print(repr(m * m))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
print(Truthy(True) and "and-result", Truthy(False) or "or-result")
if Truthy(False):
    print("no")
while Truthy(False):
    pass
print(not Truthy(True))
print([x for x in [Truthy(True), Truthy(False)] if x].__len__())
class LenOnly:
    def __len__(self):
        return 3
print(bool(LenOnly()), len(LenOnly()))
