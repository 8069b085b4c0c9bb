# str.join of no, one, two and more parts, with and without a separator, and its errors.
for sep in ["", "-", ", "]:
    for items in [[], ["a"], ["a", "b"], ["a", "", "c"], ("x", "y"), ["é", "ΣΣ", "𝄞"], iter(["p", "q"])]:
        print(repr(sep.join(items)))
for bad in [["a", 1], [None], ["a", "b", 3]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
