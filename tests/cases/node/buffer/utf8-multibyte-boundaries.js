var s = 'a€😀';
var b = Buffer.from(s);
for (var i = 0; i <= b.length; i++) console.log(i, JSON.stringify(b.toString('utf8', 0, i)));
