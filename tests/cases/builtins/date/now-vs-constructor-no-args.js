// new Date() with no arguments is the current time, and Date.now() agrees within a moment.
var before = Date.now();
var d = new Date();
var after = Date.now();
console.log(d.getTime() >= before, d.getTime() <= after, after - before < 1000);
console.log(typeof new Date().toISOString(), new Date().getFullYear() >= 2024, new Date(undefined).getTime());
