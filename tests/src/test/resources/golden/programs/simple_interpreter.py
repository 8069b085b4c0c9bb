program = """
set x 12
set y 3
add z x y
mul w z z
print w
sub x x y
jnz x 6
print x
print y
"""
def run(src):
    lines = [l.split() for l in src.strip().splitlines()]
    env = {}
    pc = 0
    steps = 0
    def val(tok):
        return env[tok] if tok in env else int(tok)
    while pc < len(lines):
        op, *args = lines[pc]
        steps += 1
        if op == "set":
            env[args[0]] = val(args[1])
        elif op == "add":
            env[args[0]] = val(args[1]) + val(args[2])
        elif op == "sub":
            env[args[0]] = val(args[1]) - val(args[2])
        elif op == "mul":
            env[args[0]] = val(args[1]) * val(args[2])
        elif op == "print":
            print(args[0], "=", val(args[0]))
        elif op == "jnz":
            if val(args[0]) != 0:
                pc = int(args[1]) - 1
                continue
        pc += 1
    return env, steps
print(run(program))
