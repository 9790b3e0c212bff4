// Computed property names everywhere: literals, classes, destructuring, with evaluation order and ToPropertyKey.
const log = [];
const key = n => { log.push('key' + n); return 'k' + n; };
const val = n => { log.push('val' + n); return n; };
const o = { [key(1)]: val(1), [key(2)]: val(2) };
console.log(JSON.stringify(o), log.join(','));
const objKey = { toString() { return 'fromToString'; } };
const o2 = { [objKey]: 1, [1 + 1]: 'two', [Symbol.for('s')]: 'sym', [`t${1}`]: 't' };
console.log(Object.keys(o2).join(), o2[Symbol.for('s')]);
class K { static [key(3)] = val(3); [key(4)]() { return 'method'; } static [`st${'at'}ic`]() { return 'static'; } }
console.log(new K().k4(), K.k3, K.static(), log.slice(4).join(','));
const { [key(5)]: fromDestructure = 'default' } = { k5: 'present' };
console.log(fromDestructure);
