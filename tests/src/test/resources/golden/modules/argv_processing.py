import sys
def main(argv):
    script, *args = argv
    print("script:", script)
    print("arguments:", args, len(args))
    if not args:
        print("usage:", script, "[files...]")
        return 2
    return 0
status = main(sys.argv)
print("status", status)
print(sys.argv[-1], sys.argv[:1], sys.argv[0][-3:])
