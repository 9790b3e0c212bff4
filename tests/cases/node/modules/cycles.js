// The manual's cycle: b gets a's unfinished exports while a is still loading.
console.log('main starting');
var a = require('./fixtures/cycle/a.js');
var b = require('./fixtures/cycle/b.js');
console.log('in main, a.done=%j, b.done=%j', a.done, b.done);
