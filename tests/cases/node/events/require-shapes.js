// The module is the constructor; EventEmitter, defaultMaxListeners, listenerCount hang off it.
var events = require('events');
console.log(typeof events, events === events.EventEmitter, events.defaultMaxListeners);
console.log(typeof events.listenerCount, typeof events.prototype.on, events.prototype.on === events.prototype.addListener);
console.log(events.prototype.off === events.prototype.removeListener);
console.log(typeof events.errorMonitor, String(events.errorMonitor));
console.log(require('node:events') === events);
