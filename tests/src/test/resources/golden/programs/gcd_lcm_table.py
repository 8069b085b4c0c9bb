import math
nums = [12, 18, 30, 42, 7]
print("    " + "".join(f"{n:5}" for n in nums))
for a in nums:
    print(f"{a:4}" + "".join(f"{math.gcd(a, b):5}" for b in nums))
def lcm(a, b):
    return a // math.gcd(a, b) * b
print([lcm(a, b) for a in nums for b in nums if a < b])
total = 1
for n in range(1, 21):
    total = lcm(total, n)
print(total, math.factorial(20) // total)
