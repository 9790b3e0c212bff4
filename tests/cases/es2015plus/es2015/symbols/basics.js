// Symbol values: uniqueness, description, toString, typeof, as property keys, not enumerable by for-in/keys.
const s1 = Symbol('desc'), s2 = Symbol('desc'), s3 = Symbol();
console.log(typeof s1, s1 === s2, s1.toString(), s3.toString(), s1.description, s3.description);
console.log(String(s1), Object(s1) instanceof Symbol, typeof Object(s1));
const o = { [s1]: 'one', plain: 'p' };
o[s2] = 'two';
console.log(o[s1], o[s2], Object.keys(o).join(','), JSON.stringify(o));
for (const k in o) console.log('for-in', k);
console.log(Object.getOwnPropertySymbols(o).length, Object.getOwnPropertySymbols(o)[0] === s1);
console.log(Object.getOwnPropertyNames(o).join(','));
try { s1 + ''; } catch (e) { console.log(e.constructor.name, e.message); }
try { `${s1}`; } catch (e) { console.log(e.constructor.name, e.message); }
try { +s1; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Symbol.prototype[Symbol.toStringTag], Object.prototype.toString.call(s1));
console.log(!!s1, s1 == Object(s1), [s1].length);
