// Subclassing the node way: a constructor that calls Readable and overrides _read.
var Readable = require('stream').Readable;
function Counter(max) {
  Readable.call(this, { objectMode: true });
  this.n = 0;
  this.max = max;
}
Object.setPrototypeOf(Counter.prototype, Readable.prototype);
Counter.prototype._read = function () {
  this.n++;
  this.push(this.n > this.max ? null : this.n);
};
var c = new Counter(4);
var out = [];
c.on('data', function (d) { out.push(d); });
c.on('end', function () { console.log(out.join(','), c instanceof Readable); });
