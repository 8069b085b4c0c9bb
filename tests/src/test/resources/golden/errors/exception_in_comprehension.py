words = ["alpha", "beta", None, "delta"]
print(len(words))
lengths = [len(w) for w in words]
