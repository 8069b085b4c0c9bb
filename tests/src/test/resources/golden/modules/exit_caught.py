import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)
print("finally continuing")
