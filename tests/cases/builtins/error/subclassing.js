// class extends Error: name from the prototype, stack and instanceof behave like built-ins.
class ValidationError extends Error {
  constructor(field, message) { super(message); this.field = field; }
  get name() { return "ValidationError"; }
}
var v = new ValidationError("age", "must be positive");
console.log(v instanceof ValidationError, v instanceof Error, v.name, v.message, v.field, String(v));
console.log(v.stack.split("\n")[0]);
class Plain extends Error {}
var p = new Plain("p");
console.log(p.name, String(p), p.constructor.name, p.stack.split("\n")[0]);
class Named extends TypeError { constructor(m) { super(m); this.name = "Named"; } }
var n = new Named("n");
console.log(n instanceof TypeError, String(n), n.stack.split("\n")[0]);
function OldStyle(msg) { this.message = msg; }
OldStyle.prototype = Object.create(Error.prototype, { constructor: { value: OldStyle }, name: { value: "OldStyle" } });
console.log(String(new OldStyle("o")), new OldStyle("o") instanceof Error, Object.prototype.toString.call(new OldStyle("o")));
