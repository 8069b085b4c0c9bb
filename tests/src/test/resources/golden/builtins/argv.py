import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.argv[1:])
name = sys.argv[0]
print(name.endswith(".py"), name.split(".")[0])
