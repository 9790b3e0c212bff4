// A PassThrough with string chunks in both modes (decodeStrings off, encoding set).
var PassThrough = require('stream').PassThrough;
var p = new PassThrough({ decodeStrings: false, encoding: 'utf8' });
var out = [];
p.on('data', function (d) { out.push(typeof d + ':' + d); });
p.on('end', function () { console.log(out.join(' | ')); });
p.write('hello');
p.write('world');
p.end();
