// util.types checks of internal classes.
var util = require('util');
var t = util.types;
console.log(t.isDate(new Date()), t.isDate({}), t.isRegExp(/x/), t.isRegExp('x'));
console.log(t.isNativeError(new RangeError()), t.isNativeError({}));
console.log(t.isNumberObject(new Number(1)), t.isNumberObject(1), t.isStringObject(new String('')));
console.log(t.isBooleanObject(new Boolean(false)), t.isSymbolObject(Object(Symbol())));
console.log(t.isBoxedPrimitive(new String('x')), t.isBoxedPrimitive('x'));
(function () { console.log(t.isArgumentsObject(arguments), t.isArgumentsObject([])); })();
console.log(t.isGeneratorFunction(function () {}), t.isAsyncFunction(function () {}));
