commands = []
while True:
    try:
        cmd = input("> ")
    except EOFError:
        print()
        print("bye")
        break
    commands.append(cmd)
    if cmd.startswith("add "):
        print(sum(int(x) for x in cmd[4:].split()))
    elif cmd == "count":
        print(len(commands))
    else:
        print("unknown:", cmd)
print(commands)
