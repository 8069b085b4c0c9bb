samples = ["123", "12a", "abc", "ABC", "abc123", "", " ", " \t\n", "Hello World", "hello world", "Hello world", "٣", "é", "a b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())
print("3".isdigit(), "-3".isdigit(), "3.5".isdigit())
