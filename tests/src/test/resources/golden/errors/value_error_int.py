data = ["1", "2", "three", "4"]
for d in data:
    print(int(d) * 2)
