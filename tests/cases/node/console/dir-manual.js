// The manual's console.dir: util.inspect on obj, printed to stdout.
console.dir({ name: 'nate', list: [1, 2, 3], when: new Date(0) });
console.dir([{ a: 1 }, 'two']);
