// Indentation grows per level; empty arrays and objects stay on one line.
console.log(JSON.stringify({ a: { b: { c: [1, [2, []], {}] } } }, null, 3));
console.log(JSON.stringify([[], {}, [[]], [{}]], null, "\t"));
console.log(JSON.stringify({ "": { "": [] } }, null, 1));
