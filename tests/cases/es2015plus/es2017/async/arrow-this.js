// Async arrows capture this lexically.
var obj = {
  name: 'obj',
  run: function () { var g = async () => { await null; return this.name; }; return g(); }
};
obj.run().then(function (v) { console.log(v); });
