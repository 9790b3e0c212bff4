// Built-in iterators: arrays, strings, maps, sets, arguments, typed arrays; their prototypes and toStringTag.
const ai = [1, 2][Symbol.iterator]();
console.log(JSON.stringify(ai.next()), JSON.stringify(ai.next()), JSON.stringify(ai.next()), JSON.stringify(ai.next()));
console.log(Object.prototype.toString.call(ai), Object.prototype.toString.call(''[Symbol.iterator]()));
console.log(Object.prototype.toString.call(new Map().entries()), Object.prototype.toString.call(new Set().values()));
const iterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(typeof iterProto[Symbol.iterator], iterProto[Symbol.iterator].call(ai) === ai);
console.log([...['a', 'b'].entries()].join(';'), [...['a', 'b'].keys()].join(','));
console.log(Array.prototype.values === Array.prototype[Symbol.iterator]);
console.log([...'𝒳y'].length, [...new Uint8Array([5, 6])].join(','));
function args() { return [...arguments].join('+'); }
console.log(args(1, 2, 3));
const arr = [1, 2, 3];
const it = arr.values();
arr.push(4);
console.log([...it].join(','));
const live = [1, 2];
let count = 0;
for (const x of live) { if (count++ < 3) live.push(x); }
console.log(live.join(','));
