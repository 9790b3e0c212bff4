// Type checks look at the internal class, not the prototype.
var util = require('util');
var fakeDate = Object.create(Date.prototype);
var fakeRe = Object.create(RegExp.prototype);
console.log(util.isDate(fakeDate), util.isRegExp(fakeRe));
var errLike = Object.create(Error.prototype);
console.log(util.isError(errLike));
class MyErr extends Error {}
console.log(util.isError(new MyErr()), util.types.isNativeError(new MyErr()), util.types.isNativeError(errLike));
console.log(util.isObject(function () {}), util.isPrimitive(Object(1)), util.isNumber(new Number(1)));
