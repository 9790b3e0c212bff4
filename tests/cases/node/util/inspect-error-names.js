// Error subclasses and renamed errors show both names.
var util = require('util');
class MyError extends Error {}
var m = new MyError('mine');
m.stack = 'Error: mine\n    at f (a.js:1:1)';
console.log(util.inspect(m));
var e = new Error('renamed');
e.name = 'CustomName';
e.stack = 'CustomName: renamed\n    at f (a.js:1:1)';
console.log(util.inspect(e));
var plain = new Error('x');
plain.stack = 'Error: x';
console.log(util.inspect([plain]));
