// ES2023 array methods: findLast/findLastIndex, toSorted/toReversed/toSpliced/with leave the original untouched.
const a = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(a.findLast(x => x < 4), a.findLastIndex(x => x < 4), a.findLast(x => x > 100), a.findLastIndex(x => x > 100));
console.log(a.toSorted().join(), a.toSorted((x, y) => y - x).join(), a.toReversed().join(), a.join());
console.log(a.toSpliced(1, 2, 'x').join(), a.with(0, 'first').join(), a.with(-1, 'last').at(-1), a.length);
try { a.with(100, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([, 1].toSorted().length, 0 in [, 1].toSorted(), [, 'a'].toReversed()[1], Array.prototype.toSorted.call({ length: 2, 0: 'b', 1: 'a' }).join());
const ta = new Uint8Array([3, 1, 2]);
console.log(ta.toSorted().join(), ta.toReversed().join(), ta.with(0, 9).join(), ta.join(), ta.findLast(x => x < 3));
