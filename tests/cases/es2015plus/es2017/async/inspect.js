// console.log of async functions and their promises.
async function named() {}
console.log(named);
console.log(async () => {});
var p = named();
console.log(p);
p.then(function () { console.log(p); });
