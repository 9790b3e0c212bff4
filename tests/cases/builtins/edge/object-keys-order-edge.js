// Property order: integer-like keys ascending, then strings in insertion order, then symbols; delete and re-add.
var o = { b: 1, 2: 1, a: 1, 1: 1, '-1': 1, '01': 1, 4294967295: 1, 4294967294: 1, 1.5: 1 };
console.log(Object.keys(o).join(' '));
delete o.b; o.b = 2;
console.log(Object.keys(o).join(' '));
var s1 = Symbol('1'), s2 = Symbol('2');
var p = {}; p[s2] = 1; p.z = 1; p[s1] = 1; p[0] = 1;
console.log(Object.getOwnPropertyNames(p).join(), Object.getOwnPropertySymbols(p).map(String).join());
var arr = ['x', 'y']; arr.prop = 1; arr[5] = 'z';
console.log(Object.keys(arr).join(), JSON.stringify(Object.entries({ 10: 'a', 9: 'b', x: 'c' })));
var keys = []; for (var k in Object.assign(Object.create({ inherited: 1, 0: 'p' }), { own: 1, 3: 'q' })) keys.push(k);
console.log(keys.join());
console.log(JSON.stringify({ b: 1, a: 2, 1: 3 }), Object.keys('str').join(), Object.keys(new String('ab')).join());
