import math
print(math.sqrt(4))
print(math.cube(3))
