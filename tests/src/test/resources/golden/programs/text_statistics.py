text = """The quick brown fox jumps over the lazy dog. The dog barks!
Is the fox quick? Yes: the fox is very quick, and the dog is lazy."""
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(len(sentences), sentences)
letters = [c.lower() for c in text if c.isalpha()]
freq = {}
for c in letters:
    freq[c] = freq.get(c, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(letters), top)
words = [w.strip(".,!?:").lower() for w in text.split()]
print(len(words), len(set(words)), max(words, key=len), sum(len(w) for w in words) / len(words))
vowels = sum(1 for c in letters if c in "aeiou")
print(vowels, len(letters) - vowels, f"{vowels / len(letters):.3f}")
