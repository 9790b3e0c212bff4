console.log(new Map([[1, 2], [3, 4]]));
console.log(new Map(new Map([['copy', true]])));
console.log(new Map(null).size, new Map(undefined).size, new Map().size);
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => (i < 3 ? { value: ['k' + i, i++], done: false } : { value: undefined, done: true }) };
  },
};
console.log(new Map(iterable));
console.log(new Map([['a'], [], { 0: 'x', 1: 'y' }]));
const entries = Object.entries({ p: 1, q: 2 });
console.log(new Map(entries).get('q'));
