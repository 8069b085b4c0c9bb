print("before")
nonlocal x
