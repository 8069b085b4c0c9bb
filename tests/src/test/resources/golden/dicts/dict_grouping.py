people = [("ann", "nyc", 31), ("bob", "sf", 25), ("cid", "nyc", 40), ("dee", "la", 25), ("eve", "sf", 35)]
by_city = {}
for name, city, age in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
ages = {}
for name, city, age in people:
    ages[age] = ages.get(age, []) + [name]
print(ages)
oldest = {}
for name, city, age in people:
    if city not in oldest or age > oldest[city][1]:
        oldest[city] = (name, age)
print(oldest)
print({city: len(names) for city, names in by_city.items()})
print(sorted(by_city, key=lambda c: len(by_city[c]), reverse=True))
index = {name: i for i, (name, _, _) in enumerate(people)}
print(index, index["dee"])
merged = {}
for d in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}]:
    merged.update(d)
print(merged, len(merged))
