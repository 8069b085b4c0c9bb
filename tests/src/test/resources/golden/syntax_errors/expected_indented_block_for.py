for i in range(3):

print("done")
