// Replacing Module._resolveFilename can alias requests (how module-alias works).
var Module = require('module');
var path = require('path');
var original = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === '@alias/simple') request = path.join(__dirname, 'fixtures', 'simple.js');
  return original.call(this, request, parent, isMain, options);
};
console.log(require('@alias/simple').name);
console.log(path.relative(__dirname, require.resolve('@alias/simple')));
Module._resolveFilename = original;
