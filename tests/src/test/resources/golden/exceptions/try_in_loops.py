results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i == 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(f"err{e}")
    else:
        results.append(f"else{i}")
    finally:
        results.append(f"fin{i}")
print(results)
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
for v in gen():
    print("got", v)
