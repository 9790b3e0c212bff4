// Non-string arguments throw ERR_INVALID_ARG_TYPE with node's message.
var path = require('path');
function t(name, f) {
  try {
    console.log(name, f());
  } catch (e) {
    console.log(name, e instanceof TypeError, e.code, e.message);
  }
}
t('basename', function () { return path.basename(1); });
t('basename ext', function () { return path.basename('a', 1); });
t('dirname', function () { return path.dirname(null); });
t('extname', function () { return path.extname(undefined); });
t('join', function () { return path.join('a', {}); });
t('join array', function () { return path.join('a', []); });
t('resolve', function () { return path.resolve('a', null); });
t('resolve 0', function () { return path.resolve(true); });
t('relative', function () { return path.relative(1, 'a'); });
t('relative to', function () { return path.relative('a', 2); });
t('normalize', function () { return path.normalize(5.5); });
t('isAbsolute', function () { return path.isAbsolute(function foo() {}); });
t('parse', function () { return path.parse(Symbol('s')); });
t('format null', function () { return path.format(null); });
t('format string', function () { return path.format('abc'); });
t('long string', function () { return path.win32.basename(1, 'abcdefghijklmnopqrstuvwxyz0123'); });
t('toNamespacedPath', function () { return path.toNamespacedPath(5); });
t('win32 join', function () { return path.win32.join(undefined); });
