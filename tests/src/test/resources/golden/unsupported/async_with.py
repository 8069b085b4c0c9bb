# unsupported: async
print("must not run")
async def use(lock):
    async with lock:
        pass
