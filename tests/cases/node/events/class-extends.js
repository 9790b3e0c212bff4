// class extends EventEmitter: constructor name and emit with this.
const EventEmitter = require('events');
class Door extends EventEmitter {
  open() { this.emit('open', this.name); }
}
const d = new Door();
d.name = 'front';
d.on('open', function (n) { console.log('opened', n, this instanceof Door); });
d.open();
console.log(d.listenerCount('open'), Object.keys(d).sort().join(','));
