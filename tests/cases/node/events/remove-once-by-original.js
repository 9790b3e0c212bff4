// A once() listener can be removed by its original function.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() { console.log('should not run'); }
e.once('x', f);
e.removeListener('x', f);
console.log(e.emit('x'), e.listenerCount('x'));
