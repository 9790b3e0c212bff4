// on, once, removeListener, setMaxListeners, prependListener return the emitter.
var EventEmitter = require('events');
var e = new EventEmitter();
function f() {}
console.log(e.on('a', f) === e, e.addListener('a', f) === e, e.once('a', f) === e);
console.log(e.removeListener('a', f) === e, e.off('a', f) === e, e.prependListener('a', f) === e);
console.log(e.prependOnceListener('a', f) === e, e.setMaxListeners(5) === e);
console.log(e.listenerCount('a'));
