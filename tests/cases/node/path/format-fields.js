// format's precedence: dir over root, base over name + ext.
var path = require('path');
[{ root: '/', dir: '/', base: 'x' }, { root: '/r/', name: 'n', ext: '.e' }, { dir: '/d', name: 'n', ext: 'e' },
 { base: 'b', name: 'ignored', ext: '.ignored' }, { root: 'C:\\', name: 'n' }, { dir: 'a', base: '' }, { ext: '.only' },
 { name: '', ext: '' }, { root: '', dir: '', base: '' }].forEach(function (o) {
  console.log(JSON.stringify(o), JSON.stringify(path.posix.format(o)), JSON.stringify(path.win32.format(o)));
});
