var TA = Object.getPrototypeOf(Int8Array);
['fill', 'map', 'join', 'set', 'slice', 'at'].forEach(function (m) {
  try { TA.prototype[m].call([1, 2], 0); } catch (e) { console.log(m, e.name, e.message); }
});
