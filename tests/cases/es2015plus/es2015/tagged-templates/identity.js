// The same site gives the same template object each time; different sites differ.
function id(s) { return s; }
function site() { return id`same`; }
console.log(site() === site());
console.log(id`same` === id`same`);
var objs = [];
for (var i = 0; i < 3; i++) objs.push(id`loop ${i}`);
console.log(objs[0] === objs[1], objs[1] === objs[2]);
