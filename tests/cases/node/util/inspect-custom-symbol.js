// util.inspect.custom: called with depth, options and inspect; its result is used.
var util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
var o = {};
o[util.inspect.custom] = function (depth, options, inspect) {
  return 'Custom<' + depth + ',' + options.colors + ',' + (inspect === util.inspect) + '>';
};
console.log(util.inspect(o), util.inspect({ x: o }), util.inspect([[o]]));
var returnsObject = {};
returnsObject[util.inspect.custom] = function () { return { replaced: true }; };
console.log(util.inspect(returnsObject));
var multi = {};
multi[util.inspect.custom] = function () { return 'line1\nline2'; };
console.log(util.inspect({ a: { b: multi } }));
console.log(util.inspect(o, { customInspect: false }));
