// tty.isatty on the standard descriptors (not terminals here) and bad descriptors.
var tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'));
console.log(typeof tty.ReadStream, typeof tty.WriteStream);
console.log(tty.WriteStream.prototype.hasColors({ FORCE_COLOR: '3' }), tty.WriteStream.prototype.getColorDepth({ TERM: 'xterm-256color' }));
console.log(tty.WriteStream.prototype.getColorDepth({ NO_COLOR: '1' }), tty.WriteStream.prototype.hasColors(256, { TERM: 'xterm' }));
