// '+' is a space in keys and values; %2B is a plus.
var qs = require('querystring');
console.log(JSON.stringify(qs.parse('a+b=c+d&e%2Bf=g%2Bh&++=++')));
console.log(JSON.stringify(qs.parse('x=1+1%3D2')));
console.log(JSON.stringify(qs.parse('sp=a%20b+c')));
