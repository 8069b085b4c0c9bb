# sep.join(list) at method call sites reads a list of objects in place; lists of other forms, tuples
# and other iterables go to the method's own code.
print("-".join(["a", "b", "c"]), "".join([]), "x".join(["only"]), ", ".join(["p", "q"]))
l = [1.5, 2.5]
try:
    " ".join(l)
except TypeError as e:
    print(e)
l2 = ["a", 3, "b"]
try:
    " ".join(l2)
except TypeError as e:
    print(e)
print(" ".join(("t", "u")), "".join(w for w in ["g", "h"]), ";".join(list("xyz")))
b = [True, False]
try:
    "".join(b)
except TypeError as e:
    print(e)
words = []
for i in range(200):
    words.append(str(i % 7))
    if len(words) == 11:
        print(" ".join(words), "".join(words[:3]))
        words = []
print("é".join(["ü", "ΟΔ"]))
