// Replacing Module._load intercepts every require (how mocking libraries work).
var Module = require('module');
var original = Module._load;
var requests = [];
Module._load = function (request, parent, isMain) {
  requests.push(request);
  if (request === 'virtual-module') return { virtual: true };
  return original.apply(this, arguments);
};
console.log(require('virtual-module'));
console.log(require('./fixtures/dirindex'));
Module._load = original;
console.log(requests);
try {
  require('virtual-module');
} catch (e) {
  console.log(e.code);
}
