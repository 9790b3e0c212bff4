// console.table inside a group is indented.
console.group('tables');
console.table([{ a: 1 }]);
console.groupEnd();
