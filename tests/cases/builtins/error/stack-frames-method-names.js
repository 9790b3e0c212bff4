// V8 names method frames after the receiver's type: "at Object.method", "at Point.norm".
var obj = { method: function () { return new Error("m").stack.split("\n")[1].trim().split(" ")[1]; } };
console.log(obj.method());
function Point() {}
Point.prototype.norm = function () { return new Error("n").stack.split("\n")[1].trim().split(" ")[1]; };
console.log(new Point().norm());
