# sys.version_info and sys.float_info are named tuples: tuples that also read their items by name.
import sys
v = sys.version_info
print(v >= (3, 8), v[:2], v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v)
print(isinstance(v, tuple), len(v), tuple(v), v == (3, 11, 7, "final", 0), hash(v) == hash((3, 11, 7, "final", 0)))
major, minor, *rest = v
print(major, minor, rest, "%d.%d" % v[:2], "{0.major}.{0.minor}".format(v))
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.radix, f.max_exp, f.min_exp, f.max_10_exp, f.min_10_exp, f.rounds)
print(f)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print(type(v).__name__, type(f).__name__)
