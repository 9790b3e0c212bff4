// console.log with a format string, as the manual shows ('count: %d').
var count = 5;
console.log('count: %d', count);
console.log('%s is %d years and %j', 'Bob', 42, { likes: ['x'] });
console.log('%s', 'a', 'extra', { b: 2 });
console.log('100%');
console.log('%o', { a: 1 });
console.log('%c colored', 'color: red');
