var it = { [Symbol.iterator]() { var i = 0; return { next() { return i < 3 ? { value: i++ * 10, done: false } : { done: true }; } }; } };
console.log(new Int16Array(it).join());
console.log(new Uint8Array('123'.split('')).join());
