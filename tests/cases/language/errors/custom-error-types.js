// User-defined error types built on Error.prototype.
function ValidationError(field, message) {
  this.name = "ValidationError";
  this.field = field;
  this.message = message;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
function validate(user) {
  if (!user.name) throw new ValidationError("name", "name is required");
  if (user.age < 0) throw new ValidationError("age", "age must be positive");
  return "valid";
}
var users = [{ name: "ann", age: 3 }, { age: 1 }, { name: "bo", age: -1 }];
for (var i = 0; i < users.length; i++) {
  try {
    console.log(validate(users[i]));
  } catch (e) {
    console.log(e instanceof ValidationError, e instanceof Error, e.field, String(e));
  }
}
function HttpError(status) { Error.call(this, "ignored"); this.status = status; }
HttpError.prototype = Object.create(Error.prototype);
var h = new HttpError(404);
console.log(h.status, h.message === "", h.name, h instanceof Error);
