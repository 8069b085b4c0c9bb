d = {}
d["it's \"quoted\"\n"]
