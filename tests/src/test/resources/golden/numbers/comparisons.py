print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(1 == True, 0 == False, 2 == True, 1.0 == True)
print(3 < 3.5, 3.5 < 4, -1 < -0.5, 10 ** 20 > 1e19, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0, 1 < 2 != 2)
x = 5
print(0 <= x < 10, 0 <= x <= 4, x == 5 != 6)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] < [0])
print((1, 2) < (1, 2, 3), (2,) > (1, 5), (1, "a") < (1, "b"), () == ())
print(None == None, None is None, None != 0, x is not None)
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1)
print(float("inf") > 10 ** 300, -float("inf") < -10 ** 300)
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(1 in [1, 2], 3 not in [1, 2], "a" in "cat", "at" in "cat", "" in "x", 2 in (1, 2), 2 in {2: 0})
