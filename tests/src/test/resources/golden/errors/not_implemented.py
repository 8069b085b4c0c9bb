class Base:
    def run(self):
        raise NotImplementedError("subclasses implement run")
class Child(Base):
    pass
Child().run()
