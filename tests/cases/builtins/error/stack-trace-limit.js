// Error.stackTraceLimit caps the frames in new stacks; 0 leaves only the header line.
function recurse(n) { return n === 0 ? new Error("r").stack : recurse(n - 1); }
console.log(Error.stackTraceLimit, typeof Error.stackTraceLimit);
console.log(recurse(20).split("\n").length);
Error.stackTraceLimit = 3;
console.log(recurse(20).split("\n").length);
Error.stackTraceLimit = 0;
console.log(JSON.stringify(recurse(5)));
Error.stackTraceLimit = 10;
console.log(recurse(20).split("\n").length);
var d = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit");
console.log(d.writable, d.enumerable, d.configurable);
