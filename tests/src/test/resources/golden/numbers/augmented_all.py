x = 17
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="]:
    y = x
    if op == "+=": y += 3
    elif op == "-=": y -= 3
    elif op == "*=": y *= 3
    elif op == "/=": y /= 3
    elif op == "//=": y //= 3
    elif op == "%=": y %= 3
    elif op == "**=": y **= 3
    elif op == "&=": y &= 3
    elif op == "|=": y |= 3
    elif op == "^=": y ^= 3
    elif op == "<<=": y <<= 3
    elif op == ">>=": y >>= 3
    print(x, op, 3, "->", y)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
class C:
    v = 5
c = C()
c.v += 1
print(c.v, C.v)
m = [[0] * 2 for _ in range(2)]
m[1][0] -= 7
print(m)
st = {1, 2}
st |= {3}
st -= {1}
print(st)
big = 2 ** 62
big += big
big *= 4
print(big)
