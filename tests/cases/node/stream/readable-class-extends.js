// class ... extends Readable, with a constructor option and _read.
var Readable = require('stream').Readable;
class Letters extends Readable {
  constructor(text) {
    super({ objectMode: true });
    this.text = text;
    this.i = 0;
  }
  _read() {
    this.push(this.i < this.text.length ? this.text[this.i++] : null);
  }
}
var l = new Letters('hello');
var s = '';
l.on('data', function (c) { s += c.toUpperCase(); });
l.on('end', function () { console.log(s); });
