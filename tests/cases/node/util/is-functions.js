// The is* type checks of the util module.
var util = require('util');
var values = [[], {}, null, undefined, 0, 'str', true, /re/, new Date(), new Error('e'), function () {}, Symbol('s')];
var names = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
names.forEach(function (name) {
  console.log(name, values.map(function (v) { return util[name](v) ? 1 : 0; }).join(''));
});
