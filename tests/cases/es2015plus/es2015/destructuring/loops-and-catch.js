// Destructuring in for-of, for-in heads, catch parameters and declarations in loops.
const pairs = [[1, 'one'], [2, 'two']];
for (const [n, word] of pairs) console.log(n, word);
for (const { id, tags: [t = 'none'] = [] } of [{ id: 1, tags: ['x'] }, { id: 2 }]) console.log(id, t);
for (const [k, v] of new Map([['a', 1]])) console.log(k, v);
for (const [i, ch] of Object.entries('hi')) console.log(i, ch);
try { throw { code: 42, detail: { msg: 'bad' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw [1, 2]; } catch ([first, second]) { console.log(first + second); }
let total = 0;
for (let [a, b] = [0, 1]; a < 20; [a, b] = [b, a + b]) total += a;
console.log(total);
for (const [first] in { abc: 1, xyz: 2 }) console.log(first);
