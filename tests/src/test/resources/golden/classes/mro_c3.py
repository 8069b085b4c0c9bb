class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class Left:
    def hello(self):
        return "left"
class Right:
    def hello(self):
        return "right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
b = Both()
print(b.hello(), b.only_right())
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Combined(Init1, Init2):
    def __init__(self):
        print("Combined")
        super().__init__()
Combined()
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class P:
    def m(self):
        return "P.m"
class Q(P):
    def m(self):
        return "Q.m/" + super(Q, self).m()
print(Q().m())
