// The string-valued functions return non-empty strings that agree with process.
var os = require('os');
['hostname', 'type', 'platform', 'arch', 'release', 'version', 'machine', 'tmpdir', 'homedir', 'endianness'].forEach(function (k) {
  var v = os[k]();
  console.log(k, typeof v, v.length > 0);
});
console.log(os.platform() === process.platform, os.arch() === process.arch);
console.log(os.type() === 'Linux' || os.type() === 'Darwin' || os.type() === 'Windows_NT');
console.log(os.endianness() === 'LE' || os.endianness() === 'BE');
console.log(os.EOL === '\n' || os.EOL === '\r\n', os.devNull === '/dev/null' || os.devNull === '\\\\.\\nul');
