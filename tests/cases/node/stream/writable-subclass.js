// A Writable subclass made the old way (prototype chain + Writable.call).
var Writable = require('stream').Writable;
function Collector() {
  Writable.call(this, { objectMode: true });
  this.items = [];
}
Object.setPrototypeOf(Collector.prototype, Writable.prototype);
Collector.prototype._write = function (chunk, encoding, cb) {
  this.items.push(chunk);
  cb();
};
var c = new Collector();
c.write('a'); c.write('b');
c.end('c', function () { console.log(c.items, c instanceof Writable); });
