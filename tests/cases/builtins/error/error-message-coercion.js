// The message argument is converted to a string once, at construction.
var count = 0;
var m = { toString: function () { count++; return "converted" + count; } };
var e = new Error(m);
console.log(e.message, count, e.message, count);
console.log(new Error(0).message, new Error(false).message, new Error("").message === "", "message" in new Error(""));
console.log(Object.prototype.hasOwnProperty.call(new Error(""), "message"), new RangeError(1e21).message);
var order = [];
new Error({ toString: function () { order.push("msg"); return "m"; } }, { get cause() { order.push("cause"); return 1; } });
console.log(order.join(","));
