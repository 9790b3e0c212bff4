// console.group indents multi-line inspected objects on every line.
var data = { alpha: [1, 2, 3], beta: { gamma: 'a string long enough to wrap the line', delta: [4, 5, 6] } };
console.group('outer');
console.group('inner');
console.log(data);
console.dir(data, { depth: 0 });
console.groupEnd();
console.groupEnd();
