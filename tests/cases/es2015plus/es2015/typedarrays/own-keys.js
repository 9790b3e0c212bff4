var a = new Int8Array(3);
a.x = 1;
a[Symbol('s')] = 2;
console.log(Object.getOwnPropertyNames(a), Object.getOwnPropertySymbols(a).length, Object.keys(a));
for (var k in a) console.log('key', k);
console.log(a.hasOwnProperty('2'), a.hasOwnProperty('3'), a.propertyIsEnumerable('1'));
