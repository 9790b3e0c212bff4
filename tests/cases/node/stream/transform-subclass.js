// A Transform subclass that splits text into lines, keeping the partial line.
var Transform = require('stream').Transform;
function LineSplitter() {
  Transform.call(this, { readableObjectMode: true, decodeStrings: false });
  this.rest = '';
}
Object.setPrototypeOf(LineSplitter.prototype, Transform.prototype);
LineSplitter.prototype._transform = function (chunk, enc, cb) {
  var parts = (this.rest + chunk).split('\n');
  this.rest = parts.pop();
  for (var i = 0; i < parts.length; i++) this.push(parts[i]);
  cb();
};
LineSplitter.prototype._flush = function (cb) {
  if (this.rest) this.push(this.rest);
  cb();
};
var s = new LineSplitter();
s.on('data', function (line) { console.log('line:', JSON.stringify(line)); });
s.on('end', function () { console.log('done', s.readableObjectMode, s.writableObjectMode); });
s.write('first li');
s.write('ne\nsecond\nthi');
s.end('rd');
