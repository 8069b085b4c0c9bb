primes = {2, 3, 5, 7, 11, 13, 17, 19}
evens = set(range(0, 20, 2))
odds = set(range(1, 20, 2))
print(sorted(primes & evens), sorted(primes & odds), sorted(primes - odds))
print(sorted(evens | odds) == list(range(20)), evens & odds, sorted(primes ^ odds))
print(evens.isdisjoint(odds) if hasattr(evens, "isdisjoint") else True)
sieve = set(range(2, 60))
for i in range(2, 8):
    sieve -= set(range(i * i, 60, i))
print(sorted(sieve))
groups = [{1, 2, 3}, {2, 3, 4}, {3, 4, 5}]
common = groups[0]
for g in groups[1:]:
    common = common & g
print(common)
allv = set()
for g in groups:
    allv = allv.union(g)
print(allv)
seen = set()
dups = []
for x in [1, 5, 2, 5, 1, 7, 8, 7]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
words = ["apple", "banana", "apple", "cherry", "banana"]
print(sorted(set(words)), len(set(words)))
print({1, 2} | {2, 3} & {3}, ({1, 2} | {2, 3}) & {3})
print(set("hello") == set("olleh"), len(set("mississippi")))
