// Clearing the whole cache reloads modules (the main module is loaded again only by require).
var path = require('path');
var a = require('./fixtures/reload/mod');
Object.keys(require.cache).forEach(function (k) {
  if (k !== __filename) delete require.cache[k];
});
var b = require('./fixtures/reload/mod');
console.log(a.loads, b.loads, a === b);
console.log(Object.keys(require.cache).map(function (k) { return path.relative(__dirname, k); }));
