class Plain:
    pass
class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"WithRepr({self.v!r})"
class WithStr:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
class OnlyStr:
    def __str__(self):
        return "only str"
w = WithRepr("x")
print(w, repr(w), str(w), [w], (w,), {"k": w})
s = WithStr()
print(s, repr(s), str(s), [s], f"{s}", f"{s!r}")
print(str(OnlyStr()), f"{OnlyStr()}")
print(WithRepr([1, WithRepr(2)]))
print(type(Plain()).__name__, Plain.__name__, Plain)
print(repr(WithRepr), str(int), repr(type(None)))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val}, {self.children})"
        return f"Node({self.val})"
print(Node(1, [Node(2), Node(3, [Node(4)])]))
