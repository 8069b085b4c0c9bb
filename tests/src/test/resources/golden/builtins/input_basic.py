name = input()
print("Hello,", name)
age = int(input("Age? "))
print("Next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum", sum(numbers), "max", max(numbers))
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if line == "quit":
        print("quit command")
        break
    print("echo:", line.upper())
