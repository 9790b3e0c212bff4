// The body runs synchronously up to the first await.
async function f() { console.log(2); await undefined; console.log(4); }
console.log(1);
f();
console.log(3);
