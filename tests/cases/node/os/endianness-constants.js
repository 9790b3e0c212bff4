// endianness is LE on the little-endian architectures node supports.
var os = require('os');
var little = ['x64', 'arm64', 'ia32', 'arm', 'riscv64', 'loong64', 'ppc64'].indexOf(os.arch()) >= 0;
console.log(os.endianness() === (little ? 'LE' : 'BE'), os.endianness() === os.endianness());
