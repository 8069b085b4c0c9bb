s = 'it is broken
