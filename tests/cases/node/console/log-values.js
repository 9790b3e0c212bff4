// console.log prints each argument as util.inspect does, separated by spaces.
console.log('string', 1, true, null, undefined, { a: 1 }, [1, 2], function f() {});
console.log();
console.log('');
console.log({ nested: { deeper: { deepest: { gone: 1 } } } });
console.log([1, [2, [3, [4, [5]]]]]);
