def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=1, b=2), f(c=0, a=9))
def g(*args):
    return args
print(g(), g(1), g(1, 2, 3), g(*[4, 5]), g(*"ab", *range(2)))
def h(**kwargs):
    return kwargs
print(h(), h(x=1), h(x=1, y=2), h(**{"a": 1}, b=2))
def full(a, b=0, *args, kw=None, **rest):
    return f"a={a} b={b} args={args} kw={kw} rest={rest}"
print(full(1))
print(full(1, 2, 3, 4, kw="k", extra=5, more=6))
print(full(*[1, 2, 3], **{"kw": 1, "z": 2}))
def kwonly(a, *, b, c=10):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=3), kwonly(a=5, b=5))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
counter = 100
def default_from_global(x=counter):
    return x
counter = 200
print(default_from_global())
def no_return():
    x = 1
print(no_return())
def early(x):
    if x:
        return "early"
    return
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi(), type(multi()).__name__)
a, b, c = multi()
print(a + b + c)
def star_then_kw(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep="+"))
print(f(*(1, 2), **{"c": 7}))
