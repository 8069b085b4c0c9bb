total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",
        "c",
]
print(items)
d = {
  "k": 1,
      "v": 2}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
x = 1 + \
    2 + \
    3
print(x)
if x > 5 and \
   x < 10:
    print("between")
s = "abc" \
    "def"
print(s)
t = (
    "one "
    "two "
    "three"
)
print(t)
print(len([1, 2,
    3, 4
    , 5]))
value = f(
    1,
    b=2,
)
print(value)
nested = [[1, 2],
          [3, 4],
  [5, 6]]
print(nested)
y = {1,
     2}
print(y)
print(1 if x
      else 2)
