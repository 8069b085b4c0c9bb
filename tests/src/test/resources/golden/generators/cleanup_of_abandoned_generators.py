# CPython closes a generator when its last reference goes: a loop over a call or generator
# expression left early closes it at once, and at exit the generators held by globals are
# closed in the order the globals were defined.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)

for x in gen("break"):
    break
print("after break")

def first():
    for x in gen("return"):
        return x
print("returned", first())

try:
    for x in gen("raise"):
        raise ValueError("v")
except ValueError:
    print("handled")

g = gen("named")
for x in g:
    break
print("after named", next(g))

for x in (y * 2 for y in gen("genexp")):
    break
print("after genexp")

for i in range(2):
    for x in gen("nested %d" % i):
        if x == 1:
            continue
        break
print("end")

b = gen("b")
next(b)
_a = gen("_a")
next(_a)
c = gen("c")
next(c)
d = c
e = gen("e (never started)")
lst = [gen("in list")]
next(lst[0])
print("end of program")
