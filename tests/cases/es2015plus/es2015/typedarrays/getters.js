var TA = Object.getPrototypeOf(Int8Array);
['buffer', 'byteLength', 'byteOffset', 'length'].forEach(function (k) {
  var d = Object.getOwnPropertyDescriptor(TA.prototype, k);
  console.log(k, typeof d.get, d.set, d.enumerable, d.configurable);
  try { d.get.call({}); } catch (e) { console.log(e.name, e.message); }
});
