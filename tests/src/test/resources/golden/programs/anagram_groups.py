words = "listen silent enlist inlets google banana tinsel elgoog stone tones notes onset abc cab bca".split()
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(group)} {group}")
print(max(groups.values(), key=len))
