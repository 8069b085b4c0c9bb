def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        return {}["missing"]
    except KeyError:
        cleanup()
work()
