// Sloppy functions box primitive this values; each call makes a new wrapper.
function getThis() { return this; }
var a = getThis.call(5), b = getThis.call(5);
console.log(typeof a, a instanceof Number, a == 5, a === b, a.valueOf() === b.valueOf());
String.prototype.selfType = function () { return typeof this; };
Number.prototype.selfType = String.prototype.selfType;
Boolean.prototype.selfType = String.prototype.selfType;
console.log("s".selfType(), (1).selfType(), true.selfType());
String.prototype.strictSelfType = function () { "use strict"; return typeof this; };
console.log("s".strictSelfType());
delete String.prototype.selfType;
delete Number.prototype.selfType;
delete Boolean.prototype.selfType;
delete String.prototype.strictSelfType;
console.log(typeof "s".selfType);
