# The 0 flag pads with zeros also after an explicit alignment, unless a fill character is given.
for spec in ["<08", ">08", "^08", "=08", "08", "*<08", "<8", "0<8", "x=08", "+<08", ">+08", "^#010x"]:
    row = []
    for v in [42, -42, 4.5, -0.25]:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(spec), row)
for spec in ["<05", ">05", "^05", "05", "-<05"]:
    print(repr(spec), repr(format("ab", spec)), repr(f"{'xyz':{spec}}"), repr("{:{}}".format("q", spec)))
print(f"{7:>08.3f}|{1234567:<012,}|{-5:^07}")
