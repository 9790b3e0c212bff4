// The os module's members (node 20's enumerable keys; tmpDir is the v0.8 name, kept hidden).
var os = require('os');
console.log(Object.keys(os));
Object.keys(os).forEach(function (k) {
  console.log(k, typeof os[k]);
});
console.log(require('node:os') === os);
