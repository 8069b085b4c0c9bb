# A float computed in one branch of an if must not be taken for a local's value after the join:
# when the branch is skipped, the division below divides by the local's own value (here 0.0).
def f(n, flag):
    f0 = 0.0
    f1 = 0.0
    x = 0
    for k in range(n, 0, -2):
        if flag == 3.0:
            f1 = -abs(f1) * -2.5
        x = x * 3 + k
        if f0 / f1 <= float(k):
            break
    return x


def g(n, flag):
    a = 1.5
    b = 4.0
    total = 0.0
    for k in range(n):
        if k % 3 == flag:
            b = a * 2.0 + float(k)
        total += a / b
    return total


for flag in (7, 3):
    try:
        print(f(9, flag))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(g(20, flag % 3), g(7, 5))
