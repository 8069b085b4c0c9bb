def todo():
    raise NotImplementedError
todo()
