// console.count and countReset.
console.count();
console.count();
console.count('label');
console.count('label');
console.countReset('label');
console.count('label');
console.count('default');
console.countReset();
console.count();
