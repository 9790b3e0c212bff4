// util.types: checks of a value's internal class, not its prototype chain
// (https://nodejs.org/api/util.html#utiltypes). Only the classes this runtime has.
'use strict';

var internalClass = require('internal/util').internalClass;

function is(name) {
  return function (value) { return internalClass(value) === name; };
}

var types = {
  isDate: is('Date'),
  isRegExp: is('RegExp'),
  isNativeError: is('Error'),
  isArgumentsObject: is('Arguments'),
  isNumberObject: is('Number'),
  isStringObject: is('String'),
  isBooleanObject: is('Boolean'),
  isSymbolObject: is('Symbol'),
  isBigIntObject: is('BigInt'),
  isGeneratorFunction: function isGeneratorFunction(value) {
    var c = internalClass(value);
    return c === 'GeneratorFunction' || c === 'AsyncGeneratorFunction';
  },
  isAsyncFunction: function isAsyncFunction(value) {
    var c = internalClass(value);
    return c === 'AsyncFunction' || c === 'AsyncGeneratorFunction';
  },
  isBoxedPrimitive: function isBoxedPrimitive(value) {
    var c = internalClass(value);
    return c === 'Number' || c === 'String' || c === 'Boolean' || c === 'Symbol' || c === 'BigInt';
  }
};

Object.keys(types).forEach(function (name) {
  Object.defineProperty(types[name], 'name', { value: name });
});

module.exports = types;
