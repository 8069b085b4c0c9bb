# unsupported: async
print("must not run")
async def consume(source):
    async for item in source:
        print(item)
