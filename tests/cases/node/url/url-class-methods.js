// Url instances: parse, format, resolve and resolveObject as methods.
var url = require('url');
var u = new url.Url();
console.log(JSON.stringify(u));
u.parse('http://a.com/b/c?d=e#f', true);
console.log(u.query, u.format(), u.resolve('../g'));
console.log(u.resolveObject('h').href, u.parse === url.Url.prototype.parse);
