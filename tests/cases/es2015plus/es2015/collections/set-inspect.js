console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Set());
const s = new Set();
for (let i = 0; i < 30; i++) s.add(i * 3);
console.log(s);
const named = new Set(['a']);
named.label = 'x';
console.log(named);
console.log({ nested: new Set([new Set([new Set([new Set([1])])])]) });
