// Hostnames longer than 255 characters become empty.
var url = require('url');
var long = new Array(300).join('a');
var u = url.parse('http://' + long + '.com/x');
console.log(JSON.stringify(u.hostname), JSON.stringify(u.host), u.pathname, u.href);
var ok = url.parse('http://' + new Array(250).join('b') + '/');
console.log(ok.hostname.length);
