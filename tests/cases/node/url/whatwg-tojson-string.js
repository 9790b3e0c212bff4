// URL converts to its href in strings, JSON and template literals.
var u = new URL('https://example.com/a?b#c');
console.log(u + '', `${u}`, JSON.stringify([u]), u.toString() === u.href, u.toJSON() === u.href);
console.log(String(new URLSearchParams({ a: 1 })), Object.prototype.toString.call(new URLSearchParams()));
console.log(Object.prototype.toString.call(new URLSearchParams().keys()));
