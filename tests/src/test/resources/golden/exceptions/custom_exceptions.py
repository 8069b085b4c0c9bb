class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError, KeyError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("id") is None:
        raise NotFound("id")
    return "valid"
for u in [{}, {"name": "x"}, {"name": "bob"}, {"name": "amy", "id": 3}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", e, e.field, e.problem, e.args)
    except KeyError as e:
        print("KeyError-compatible", type(e).__name__, e, isinstance(e, AppError))
print(issubclass(NotFound, LookupError), repr(ValidationError("f", "p")))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored arg")
except WithStr as e:
    print(e, repr(e), e.args)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty(1, 2)), str(Empty("only")))
class Code(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Code(404)
except Code as e:
    print(e.code, e.args, str(e))
