// The url module's exports.
var url = require('url');
console.log(Object.keys(url));
console.log(typeof url.Url, typeof url.Url.prototype.parse, typeof url.Url.prototype.format, typeof url.Url.prototype.resolve);
console.log(url.URLSearchParams === URLSearchParams, require('node:url') === url);
