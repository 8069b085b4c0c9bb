# unsupported: async
print("must not run")
async def fetch():
    return 1
