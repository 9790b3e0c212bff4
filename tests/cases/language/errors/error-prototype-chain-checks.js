// Errors inherit from their type's prototype; properties can be found along the chain.
var e = new TypeError("chain");
var chain = [];
for (var p = Object.getPrototypeOf(e); p; p = Object.getPrototypeOf(p)) {
  chain.push(p === TypeError.prototype ? "TypeError.prototype" : p === Error.prototype ? "Error.prototype" : p === Object.prototype ? "Object.prototype" : "?");
}
console.log(chain.join(" > "));
console.log(e.hasOwnProperty("name"), TypeError.prototype.hasOwnProperty("name"), Error.prototype.hasOwnProperty("toString"));
console.log(TypeError.prototype.toString === Error.prototype.toString);
console.log(Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(Error) === Function.prototype);
