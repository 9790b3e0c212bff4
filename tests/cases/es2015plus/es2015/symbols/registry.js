// Symbol.for / Symbol.keyFor: the global registry; well-known symbols are not registered.
const a = Symbol.for('app.key');
const b = Symbol.for('app.key');
console.log(a === b, Symbol.keyFor(a), a.description, a.toString());
console.log(Symbol.keyFor(Symbol('local')), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for() === Symbol.for('undefined'), Symbol.for(1) === Symbol.for('1'));
try { Symbol.keyFor('str'); } catch (e) { console.log(e.constructor.name, e.message); }
const wellKnown = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
console.log(wellKnown.map(n => typeof Symbol[n] === 'symbol' && Symbol[n].description === 'Symbol.' + n).every(Boolean));
const d = Object.getOwnPropertyDescriptor(Symbol, 'iterator');
console.log(d.writable, d.enumerable, d.configurable);
