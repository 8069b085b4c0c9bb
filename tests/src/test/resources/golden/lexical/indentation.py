# Blocks nested at several depths, with different indentation widths per block.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        if n % 2 == 0:
          if n > 100:
                return "big even"
          return "even"
        else:
            return "odd"

for i in [-3, 0, 1, 2, 7, 200, 201]:
    print(i, classify(i))

x = 0
while x < 3:
	x += 1
	if x == 2:
		print("tab-indented block", x)
print("after", x)

if True:
    if True:
        if True:
            if True:
                print("deep")
            print("level 3")
        print("level 2")
    print("level 1")
print("level 0")

def empty_lines_inside():

    a = 1

    # a comment at another indentation
# even at column 0
    b = 2

    return a + b
print(empty_lines_inside())

class C:
    def m(self):
        return "m"
    x = 5
print(C().m(), C.x)
