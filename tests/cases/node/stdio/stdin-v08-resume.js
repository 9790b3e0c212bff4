// The v0.8 idiom: process.stdin.resume() with 'data' and 'end' listeners (stdin is empty here).
process.stdin.resume();
process.stdin.setEncoding('utf8');
var input = '';
process.stdin.on('data', function (chunk) { input += chunk; });
process.stdin.on('end', function () { console.log('end of input, length', input.length); });
