// The manual's examples for isArray, isRegExp, isDate and isError.
var util = require('util');
console.log(util.isArray([]), util.isArray(new Array), util.isArray({}));
console.log(util.isRegExp(/some regexp/), util.isRegExp(new RegExp('another regexp')), util.isRegExp({}));
console.log(util.isDate(new Date()), util.isDate(Date()), util.isDate({}));
console.log(util.isError(new Error()), util.isError(new TypeError()), util.isError({ name: 'Error', message: 'an error occurred' }));
