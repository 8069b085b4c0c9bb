class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if len(self.c) != len(other.c):
            raise ValueError("dimension mismatch")
        return Vec(*[a + b for a, b in zip(self.c, other.c)])
    def __repr__(self):
        return f"Vec{self.c}"
print(Vec(1, 2) + Vec(3, 4))
print(Vec(1, 2) + Vec(1, 2, 3))
