# Indexing, slicing, slice assignment and deletion of lists, str, ranges and tuples with odd
# bounds and steps: CPython's results and errors (a step of 1 is a plain slice).
seqs = [[0, 1, 2, 3, 4], 'abcde', range(5), ()]
idx = [None, 1, -1, -6, 7, 2**63, True, 0.5, 'a']
for s in seqs:
    for i in idx:
        try:
            r = repr(s[i])
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print("get", repr(s), repr(i), r)
    for a in idx:
        for b in idx[:7]:
            for c in (None, 1, -2, 0, 2**63, 0.5):
                try:
                    r = repr(s[a:b:c])
                except Exception as e:
                    r = type(e).__name__ + ": " + str(e)
                print("slice", repr(s), repr(a), repr(b), repr(c), r)
for a in [None, 1, -1, 9]:
    for b in [None, 0, -1, 9]:
        for c in [None, 1, -1, 2]:
            for val in [[], [9, 8], 'xy', 5]:
                l = [0, 1, 2, 3, 4]
                try:
                    l[a:b:c] = val
                    r = repr(l)
                except Exception as e:
                    r = type(e).__name__ + ": " + str(e)
                print("set", repr(a), repr(b), repr(c), repr(val), r)
            l = [0, 1, 2, 3, 4]
            try:
                del l[a:b:c]
                r = repr(l)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print("del", repr(a), repr(b), repr(c), r)
for i in [5, -6, 2**63, 'a', 1.0, None]:
    for op in ("set", "del"):
        l = [0, 1, 2, 3, 4]
        try:
            if op == "set":
                l[i] = 9
            else:
                del l[i]
            r = repr(l)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(op, "index", repr(i), r)
