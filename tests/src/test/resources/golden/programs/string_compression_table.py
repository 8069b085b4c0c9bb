rows = [("Alpha", 1, 2.5), ("Beta", 22, 0.125), ("Gamma", 333, 100.0), ("Delta", 4444, -7.75)]
header = f"{'Name':<8}|{'Count':>6}|{'Value':>10}|"
print(header)
print("-" * len(header))
for name, count, value in rows:
    print(f"{name:<8}|{count:>6}|{value:>10.3f}|")
print("-" * len(header))
print(f"{'Total':<8}|{sum(r[1] for r in rows):>6}|{sum(r[2] for r in rows):>10.3f}|")
print(f"{'Mean':<8}|{sum(r[1] for r in rows) / len(rows):>6.1f}|{sum(r[2] for r in rows) / len(rows):>10.4f}|")
