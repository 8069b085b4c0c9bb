class Plugin:
    registry = {}
    def __init__(self, name):
        self.name = name
        Plugin.registry[name] = self
    @classmethod
    def get(cls, name):
        return cls.registry.get(name)
    @classmethod
    def names(cls):
        return sorted(cls.registry)
    def __repr__(self):
        return f"<Plugin {self.name}>"
for n in ["zip", "tar", "gz"]:
    Plugin(n)
print(Plugin.names(), Plugin.get("tar"), Plugin.get("rar"))
class Special(Plugin):
    pass
Special("special")
print(Plugin.names(), Special.registry is Plugin.registry, type(Plugin.get("special")).__name__)
