a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
c = []
e = [c]
c.append(e)
print(c, e)
t = ([],)
t[0].append(t)
print(t)
dd = {1: []}
dd[1].append(dd)
print(dd)
x = [1]
y = {"x": x}
x.append(y)
print(x, y)
