// String(error) reads name and message through the prototype chain at call time.
class HttpError extends Error {
  constructor(status, text) { super(text); this.status = status; }
}
HttpError.prototype.name = "HttpError";
var e = new HttpError(404, "Not Found");
console.log(String(e), e.status, e.stack.split("\n")[0]);
Object.defineProperty(e, "name", { get: function () { return "Dynamic" + this.status; } });
console.log(String(e), Error.prototype.toString.call(e));
var bare = Object.create(HttpError.prototype);
console.log(String(bare), bare instanceof Error);
