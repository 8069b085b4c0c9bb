a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = [5, 6]
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
a, *b, c = 1, 2
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
m = n = o = 0
print(m, n, o)
l1 = l2 = []
l1.append(1)
print(l2, l1 is l2)
i, j = j, i = 1, 2
print(i, j)
data = [(1, ("a", True)), (2, ("b", False))]
for num, (letter, flag) in data:
    print(num, letter, flag)
d = {}
d["k"], d["v"] = "key", "value"
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
k, v = next(iter({"x": 1}.items()))
print(k, v)
*all_items, = [1, 2, 3]
print(all_items)
a, b, c = range(3)
print(a, b, c)
(a), b = 1, 2
print(a, b)
