a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3])
a.append(7)
print(a)
a.extend([8, 8])
print(a)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.count(8), a.count(1), a.index(5), a.index(8, 5))
a.reverse()
print(a)
b = a.copy()
b.sort()
print(a, b)
a.clear()
print(a, b)
print([] == [], [1, 2] + [3], [0] * 5, 2 * [1, 2], [[]] * 2)
c = [1, 2, 3]
c += [4]
c *= 2
print(c)
print(list(), list("abc"), list(range(4)), list((1, 2)), list({1: 2, 3: 4}))
print([1, [2, [3, [4]]]], [1, "a", None, True, 2.5, (1,)])
x = [5, 3, 8]
x[1] = 30
x[-1] += 1
print(x)
print(max(x), min(x), sum(x), sorted(x), x)
print(1 in x, 4 in x, x.index(30))
