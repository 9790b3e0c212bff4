// util.log prefixes a timestamp like "26 Feb 16:19:34 - message".
var util = require('util');
var realLog = console.log;
var lines = [];
console.log = function () { lines.push(util.format.apply(null, arguments)); };
util.log('Timestamped message.');
util.log('with %s', 'format', 42);
console.log = realLog;
lines.forEach(function (line) {
  console.log(/^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - /.test(line), line.replace(/^.* - /, ''));
});
