const m = new Map();
for (let i = 0; i < 10; i++) m.set(i, i);
console.log(m);
const s = new Set([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(s);
console.log(new Map([['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb'], ['cccccccccccccccccccc', 'dddddddddddddddddddd']]));
console.log(new Set(['aaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccc']));
