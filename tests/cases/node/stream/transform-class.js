// class extends Transform with a constructor that passes options through super().
var Transform = require('stream').Transform;
class Counter extends Transform {
  constructor() {
    super({ objectMode: true });
    this.count = 0;
  }
  _transform(chunk, enc, cb) {
    this.count++;
    cb(null, this.count + ':' + chunk);
  }
  _flush(cb) {
    this.push('count=' + this.count);
    cb();
  }
}
var c = new Counter();
c.on('data', function (d) { console.log(d); });
c.write('x'); c.write('y'); c.end();
