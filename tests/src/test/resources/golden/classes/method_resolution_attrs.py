class A:
    x = "A.x"
    def f(self):
        return "A.f"
    def g(self):
        return "A.g calls " + self.f()
class B(A):
    x = "B.x"
    def f(self):
        return "B.f"
class C(B):
    pass
c = C()
print(c.x, c.f(), c.g(), A().g())
C.x = "C.x"
print(c.x, B.x, A.x)
c.x = "instance"
print(c.x, C.x)
print(isinstance(c, A), issubclass(C, A), C.__name__, type(c).__name__)
print(hasattr(c, "f"), hasattr(C, "x"), getattr(c, "g")())
