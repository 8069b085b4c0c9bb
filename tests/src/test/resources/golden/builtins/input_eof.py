total = 0
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    line = line.strip()
    if not line:
        continue
    total += float(line)
    count += 1
print(f"{count} numbers, total {total}, mean {total / count:.3f}")
