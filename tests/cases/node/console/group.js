// console.group indents following output by two spaces per level.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.group();
console.log('level 2\nsecond line');
console.log({ a: 1, b: { c: [1, 2, 3] }, d: 'a long enough string to push this object onto several lines' });
console.groupEnd();
console.info('back to 1');
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
console.groupCollapsed('collapsed %s', 'label');
console.log('inside collapsed');
console.groupEnd();
