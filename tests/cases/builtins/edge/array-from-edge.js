// Array.from: iterator preferred over length, mapFn errors, non-callable mapFn, this binding, constructors.
var both = { length: 2, 0: 'len', 1: 'gth', [Symbol.iterator]: function* () { yield 'iter'; } };
console.log(JSON.stringify(Array.from(both)));
try { Array.from([1], 'nope'); } catch (e) { console.log(e.name, e.message); }
try { Array.from({ [Symbol.iterator]: 1 }); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(Array.from({ length: '3' })), JSON.stringify(Array.from({ length: -1 })), JSON.stringify(Array.from(5)), JSON.stringify(Array.from(true)));
var closed = false;
var it = { [Symbol.iterator]: function () { return { next: function () { return { value: 1, done: false }; }, return: function () { closed = true; return {}; } }; } };
try { Array.from(it, function () { throw new Error('mapper'); }); } catch (e) { console.log(e.message, closed); }
function Box() { this.made = true; }
var viaBox = Array.from.call(Box, [7, 8]);
console.log(viaBox instanceof Box, viaBox.length, viaBox[1], viaBox.made);
console.log(Array.from('𝟘𝟙').length, Array.from(new Map([[1, 'a']]).values()).join());
