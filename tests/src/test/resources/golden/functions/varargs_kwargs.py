def report(title, *values, sep=", ", **options):
    line = title + ": " + sep.join(str(v) for v in values)
    for k in sorted(options):
        line += f" [{k}={options[k]}]"
    return line
print(report("empty"))
print(report("nums", 1, 2, 3))
print(report("nums", *range(5), sep="|"))
print(report("opts", "a", color="red", size=3))
print(report(*["star", "x"], **{"sep": "-", "z": 0}))
def passthrough(*args, **kwargs):
    return report(*args, **kwargs)
print(passthrough("via", 9, 8, flag=True))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(), count_args(1, 2, x=3), count_args(*[1] * 10, **{str(i): i for i in range(4)}))
def kw_defaults(a, b=2, *, c, d=4):
    return a, b, c, d
print(kw_defaults(1, c=3), kw_defaults(1, 5, c=6, d=7), kw_defaults(c=0, a=9))
