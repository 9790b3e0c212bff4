// name and message are inherited from the prototype when not given; changes there show through.
var e = new TypeError();
console.log(e.name, JSON.stringify(e.message), e.hasOwnProperty("name"), e.hasOwnProperty("message"), String(e));
TypeError.prototype.message = "default message";
console.log(new TypeError().message, String(new TypeError()), new TypeError("own").message);
TypeError.prototype.message = "";
RangeError.prototype.name = "Renamed";
console.log(String(new RangeError("x")), new RangeError("x").stack.split("\n")[0]);
RangeError.prototype.name = "RangeError";
