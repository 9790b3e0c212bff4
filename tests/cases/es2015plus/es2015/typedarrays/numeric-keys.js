var a = new Uint8Array([1, 2]);
console.log('0' in a, '2' in a, '-0' in a, '1.5' in a, 'foo' in a);
a.foo = 'bar'; a['01'] = 'x';
console.log(Object.keys(a), a.foo, a['01']);
