// Error objects: name, message, toString and prototype properties.
var e = new Error("something broke");
console.log(e.name, e.message, String(e), e instanceof Error);
var empty = new Error();
console.log(JSON.stringify(empty.message), String(empty));
var noNew = Error("called without new");
console.log(noNew instanceof Error, noNew.message);
console.log(new Error(undefined).message === "", new Error(42).message, typeof new Error(42).message);
console.log(e.hasOwnProperty("message"), e.hasOwnProperty("name"), Error.prototype.name);
e.name = "CustomName";
console.log(String(e));
var plain = { name: "Plain", message: "object" };
console.log(Error.prototype.toString.call(plain));
console.log(Error.prototype.toString.call({}), Error.prototype.toString.call({ name: "", message: "only message" }));
console.log(Error.prototype.toString.call({ name: "OnlyName", message: "" }));
