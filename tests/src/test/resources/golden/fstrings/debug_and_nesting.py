data = {"a": [1, 2], "b": {"c": 3}}
print(f"{data['a'][1]} {data['b']['c']} {len(data)}")
width = 10
for align in ["<", "^", ">"]:
    print(f"|{'x':{align}{width}}|")
items = ["apple", "kiwi"]
print(f"{', '.join(items)}", f"{items[0][::-1]}", f"{'-'.join(str(i) for i in range(3))}")
x = 7
print(f"{x if x > 5 else 0}", f"{x * 2:04d}", f"{x / 3:.4f}", f"{x:#b}")
print(f"{'{'}braces{'}'}", f"{{{x}}}", f"{{}}")
print(f"{3.14159:.{x - 4}f}", f"{'abc':>{x}}")
print(f"{'yes' if x else 'no'}" + f"{x}" * 3)
