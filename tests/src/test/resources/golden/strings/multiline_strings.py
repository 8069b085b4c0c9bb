poem = """Roses are red,
  Violets are blue,
Sugar is sweet,
    And so are you."""
lines = poem.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i}: [{line.strip()}] indent={len(line) - len(line.lstrip())}")
print(poem.count("\n"), poem.upper().split("\n")[0])
print("\n".join(line.strip().rjust(20) for line in lines))
