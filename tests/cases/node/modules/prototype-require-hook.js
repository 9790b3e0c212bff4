// Replacing Module.prototype.require sees the calls of every module's require.
var Module = require('module');
var original = Module.prototype.require;
var calls = [];
Module.prototype.require = function (id) {
  calls.push(id);
  return original.apply(this, arguments);
};
require('./fixtures/simple');
require('path');
Module.prototype.require = original;
console.log(calls);
