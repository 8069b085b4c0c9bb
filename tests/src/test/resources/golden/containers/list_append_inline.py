# l.append(x) at a method call site stores into a list's room itself, growing a full one; lists
# that keep floats or bools unboxed, a first float and a list tier 2 pinned go through append.
def build(values):
    out = []
    for v in values:
        out.append(v)
    return out

print(build([1, "two", 3.0, None, (4,)]))
print(build([1.5, 2.5, float("nan"), 3]))
print(build([True, False, 2]))
print(build([]), build(range(40))[-3:], len(build(range(1000))))

floats = []
floats.append(0.5)
floats.append(1)
floats.append("x")
print(floats)

nums = [0] * 8
for i in range(2000):
    nums[i % 8] += i
nums.append(7)
nums.append(2.5)
print(nums)

nested = []
nested.append(nested)
print(nested)
try:
    nested.append()
except TypeError as e:
    print("TypeError", e)
try:
    nested.append(1, 2)
except TypeError as e:
    print("TypeError", e)
