x = 3
if x:
print(x)
