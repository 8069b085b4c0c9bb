# unsupported: await
print("must not run")
def main():
    await fetch()
