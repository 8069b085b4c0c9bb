s = "pyjit"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:^9}]")
print(f"[{s:*<10}] [{s:->10}] [{s:.^11}] [{s:.2}] [{s:8.3}] [{s:>8.3}]")
print(f"[{'':5}] [{'toolongvalue':4}]")
w = 12
p = 3
print(f"[{s:{w}}] [{s:>{w}}] [{3.14159:{w}.{p}f}] [{s:{'^'}{w}}]")
for width in range(5, 9):
    print(f"|{s:^{width}}|")
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10.0, 100)]
print(f"{'name':<8}{'price':>8}{'qty':>5}")
for name, price, qty in rows:
    print(f"{name:<8}{price:>8.2f}{qty:>5d}")
print(f"{'total':<8}{sum(p * q for _, p, q in rows):>8.2f}")
print(format("abc", ">5"), format(3.5, "06.2f"), format(10, "x"), format("x"), format(1.0))
