pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
         (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception), (UnboundLocalError, NameError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyboardInterrupt, BaseException),
         (StopIteration, Exception), (AssertionError, Exception), (TypeError, ValueError), (AttributeError, Exception)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
def catch(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for e in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), SystemExit()]:
    print(type(e).__name__, "->", catch(e))
