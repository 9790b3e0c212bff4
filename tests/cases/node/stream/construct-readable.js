// construct(cb): _read waits until construction calls back.
var Readable = require('stream').Readable;
var r = new Readable({
  objectMode: true,
  construct: function (cb) {
    console.log('construct');
    var self = this;
    setTimeout(function () { self.ready = true; console.log('constructed'); cb(); }, 2);
  },
  read: function () {
    console.log('_read, ready =', this.ready);
    this.push(null);
  },
});
r.on('end', function () { console.log('end'); });
r.resume();
console.log('sync');
