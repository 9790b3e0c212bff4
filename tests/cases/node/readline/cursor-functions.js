// readline.cursorTo/moveCursor/clearLine/clearScreenDown write ANSI sequences.
var readline = require('readline');
var Writable = require('stream').Writable;
var out = [];
var w = new Writable({ decodeStrings: false, write: function (c, e, cb) { out.push(JSON.stringify(c)); cb(); } });
readline.cursorTo(w, 5);
readline.cursorTo(w, 2, 3);
readline.moveCursor(w, -2, 1);
readline.moveCursor(w, 3, -4);
readline.clearLine(w, -1);
readline.clearLine(w, 1);
readline.clearLine(w, 0);
readline.clearScreenDown(w);
console.log(out.join(' '));
console.log(readline.moveCursor(null, 1, 1), readline.cursorTo(w));
