t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(1, 2 == (1, 2), (1, 2) == (1, 2))
single = 5,
print(single, type(single).__name__)
print(t + (4, 5), t * 2, 2 * (0,), (1, 2) < (1, 3))
print(t.index(2), t.count(2), (1, 1, 2, 1).count(1), (1, 2, 3, 2).index(2, 2))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): "pair", (): "empty"}
print(d[(1, 2)], d[()])
print(tuple(x * x for x in range(5)))
print(max((3, 9, 2)), min(("b", "a")), sum((1, 2, 3)))
print(((1,),), ([1], [2]))
tl = ([1],)
tl[0].append(2)
print(tl)
print((1, 2, 3)[1:2], (1, 2, 3)[5:])
for x in (10, 20):
    print(x)
