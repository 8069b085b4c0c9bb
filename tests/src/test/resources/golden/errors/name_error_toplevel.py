print("first")
print(undefined_thing)
