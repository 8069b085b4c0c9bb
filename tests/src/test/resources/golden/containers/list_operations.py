stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
while stack:
    print("pop", stack.pop(), "left", len(stack))
queue = ["a", "b"]
queue.append("c")
print(queue.pop(0), queue)
m = [[0] * 3 for _ in range(3)]
for i in range(3):
    m[i][i] = 1
print(m)
bad = [[0] * 3] * 3
bad[0][0] = 9
print(bad)
lst = [5, 3, 5, 1, 5]
print(lst.count(5), lst.index(5), lst.index(5, 1), lst.index(5, 3))
while 5 in lst:
    lst.remove(5)
print(lst)
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a == c)
print([1, 2] * 0, [] * 5, [None] * 3)
nums = list(range(10))
print(nums[::2] + nums[1::2], list(reversed(nums))[:3], nums[-1:-4:-1])
words = "one two three four".split()
words.sort(key=len)
print(words)
print(sorted(words, key=lambda w: w[-1]))
lst = [3, 1, 2]
print(lst.sort(), lst, lst.reverse(), lst)
x = [1, 2, 3]
x.extend(x)
print(x)
x.extend(range(2))
x.extend("ab")
x.extend((7,))
print(x)
print(x.pop(-3), x.insert(2, "in"), x)
