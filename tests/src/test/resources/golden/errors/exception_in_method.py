class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.parse_item(t) for t in self.text.split(",")]
    def parse_item(self, t):
        return float(t)
print(Parser("1,2.5").parse())
print(Parser("1,x,3").parse())
