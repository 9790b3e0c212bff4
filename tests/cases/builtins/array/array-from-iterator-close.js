// Array.from closes the iterator when the map function throws.
var closed = false;
var iterable = {
  [Symbol.iterator]: function () {
    var n = 0;
    return { next: function () { return { value: n++, done: n > 5 }; }, return: function () { closed = true; return {}; } };
  }
};
try { Array.from(iterable, function (v) { if (v === 2) throw new Error("stop"); return v; }); }
catch (e) { console.log(e.message, closed); }
closed = false;
console.log(Array.from(iterable).join(","), closed);
