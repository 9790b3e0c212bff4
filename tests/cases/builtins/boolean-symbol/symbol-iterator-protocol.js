// Objects become iterable by defining Symbol.iterator.
var range = {
  from: 1, to: 4,
  [Symbol.iterator]: function () {
    var cur = this.from, last = this.to;
    return { next: function () { return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }; } };
  }
};
console.log(Array.from(range).join(","), [...range].length, Math.max(...range));
var out = [];
for (var v of range) out.push(v * 2);
console.log(out.join(","));
// V8 prints the source expression in "is not iterable", so only the message's ending is checked.
try { for (var x of {}) {} } catch (e) { console.log(e.name, /is not iterable$/.test(e.message)); }
try { [...{ [Symbol.iterator]: 1 }]; } catch (e) { console.log(e.name, /is not iterable$/.test(e.message)); }
try { for (var y of { [Symbol.iterator]: function () { return 1; } }) {} } catch (e) { console.log(e.name, e.message); }
