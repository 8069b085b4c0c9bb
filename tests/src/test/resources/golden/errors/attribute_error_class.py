class Config:
    debug = True
print(Config.debug)
print(Config.verbose)
